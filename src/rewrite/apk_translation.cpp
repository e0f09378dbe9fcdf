#include "rewrite/apk_translation.h"

#include <algorithm>
#include <set>

#include "rewrite/emit.h"
#include "rewrite/packages.h"

namespace distill::rewrite {

namespace {

using syntax::shell::Command;
using syntax::shell::Connector;
using syntax::shell::Word;

Refusal refusal(const StageFacts& facts, std::string message) {
  return {"musl-builder",
          facts.stage->resolved_base.text + " is Alpine (musl) and the builder must move to Debian, but " +
              std::move(message),
          facts.stage->from().range};
}

// `a || apk add x` would change meaning once the replacement is `apt-get update && apt-get install x`.
bool in_or_list(const StageFacts& facts, const RunCommand& run) {
  return std::any_of(facts.commands.begin(), facts.commands.end(), [&](const RunCommand& other) {
    return other.instruction_index == run.instruction_index && !other.nested &&
           other.command.placement.and_or_list == run.command.placement.and_or_list &&
           other.command.placement.joined_by == Connector::kOr;
  });
}

bool listed(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Appends `name` unless it is already there: lists keep first-use order without repeats.
void add_once(std::vector<std::string>& names, const std::string& name) {
  if (!listed(names, name)) names.push_back(name);
}

struct Translator {
  const StageFacts& facts;
  const Catalog& catalog;
  ApkTranslation result;
  std::vector<std::string> unknown;

  // apk add's replacement, or "" when a package is not translatable (collected in `unknown`).
  std::string install(const Command& command) {
    std::vector<std::string> packages;
    auto operands = command.args_without_flags();
    for (size_t i = 1; i < operands.size(); ++i) {  // operand 0 is the subcommand
      std::string name = bare_package_name(operands[i].value());
      const auto* debian = catalog.debian_equivalent(name);
      if (!debian) {
        add_once(unknown, name);
        continue;
      }
      if (debian->size() != 1 || (*debian)[0] != name) {
        std::string list;
        for (const auto& replacement : *debian) list += (list.empty() ? "" : " ") + replacement;
        add_once(result.renamed, name + " → " + (list.empty() ? "(nothing)" : list));
      }
      for (const auto& replacement : *debian) {
        add_once(packages, replacement);
        // What `apk del` removed again is build-only; the runtime need not have its Debian counterpart.
        if (!facts.removed_later(name)) add_once(result.debian_packages, replacement);
      }
    }
    if (packages.empty()) return "true";
    std::string text = "apt-get update && apt-get install -y --no-install-recommends";
    for (const auto& name : packages) text += " " + name;
    return text;
  }

  // The command's replacement; `problem` says why there is none.
  struct Replacement {
    std::string text;
    std::string problem;
  };

  Replacement replacement(const RunCommand& run) {
    const Command& command = run.command;
    if (run.nested) return {"", "an apk command sits inside a `sh -c` string"};
    if (!command.placement.is_top_level() || in_or_list(facts, run))
      return {"", "an apk command is conditional, looped, piped or in a subshell"};
    if (command.has_any_flag({"X", "repository", "repositories-file", "allow-untrusted", "root"}))
      return {"", "apk installs from an extra repository or root"};
    for (const auto& word : command.args) {
      if (!word.literal) return {"", "an apk command's words come from variables"};
    }
    std::string subcommand = command.subcommand();
    if (subcommand == "add") return {install(command), ""};
    if (subcommand == "update") return {"apt-get update", ""};
    // Removing build dependencies or upgrading in a builder changes nothing the runtime copies.
    if (subcommand == "del" || subcommand == "upgrade" || subcommand == "cache") return {"true", ""};
    return {"", "`apk " + subcommand + "` has no apt-get equivalent here"};
  }
};

// BusyBox's adduser/addgroup (Alpine) take other options than Debian's, so they become useradd/groupadd,
// which every Debian image has: `addgroup -S -g 82 www` → `groupadd -r -g 82 www`, `adduser -S -D -G www -u
// 82 www` → `useradd -r -g www -u 82 -m www`, and the two-operand form `addgroup USER GROUP` → `usermod -aG
// GROUP USER`. A Debian-style call (long options only) is left alone.
struct AccountCommand {
  std::string text;
  std::string problem;
};

AccountCommand debian_account_command(const Command& command) {
  bool group = command.is("addgroup");
  syntax::shell::ArgLayout layout = command.layout();
  std::vector<std::string> operands;
  for (size_t index : layout.operands) {
    if (!command.args[index].literal) return {"", "an adduser/addgroup word comes from a variable"};
    operands.push_back(command.args[index].raw);
  }
  if (operands.size() == 2 && layout.options.empty())
    return {"usermod -aG " + operands[1] + " " + operands[0], ""};
  if (operands.size() != 1) return {"", "an adduser/addgroup call has an unexpected form"};
  std::string text = group ? "groupadd" : "useradd";
  bool home = true;
  for (const auto& option : layout.options) {
    std::string value;
    if (option.value_word) {
      if (!command.args[*option.value_word].literal)
        return {"", "an adduser/addgroup value comes from a variable"};
      value = command.args[*option.value_word].raw;
    } else if (option.value) {
      value = *option.value;
      if (value.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-") !=
          std::string::npos)
        return {"", "an adduser/addgroup value needs quoting"};
    }
    std::string_view name = option.name;
    if (option.is_long) return {"", "adduser/addgroup mixes BusyBox and Debian options"};
    if (name == "S") {
      text += " -r";
    } else if (group && name == "g") {
      text += " -g " + value;
    } else if (group) {
      return {"", "addgroup -" + option.name + " has no groupadd equivalent here"};
    } else if (name == "D") {
      continue;  // no password: useradd's default
    } else if (name == "H") {
      home = false;
    } else if (name == "h" || name == "g" || name == "s" || name == "G" || name == "u" || name == "k") {
      static constexpr std::pair<char, const char*> kUseradd[] = {{'h', "-d"}, {'g', "-c"}, {'s', "-s"},
                                                                  {'G', "-g"}, {'u', "-u"}, {'k', "-k"}};
      for (const auto& [letter, flag] : kUseradd) {
        if (name[0] == letter) text += std::string(" ") + flag + " " + value;
      }
    } else {
      return {"", "adduser -" + option.name + " has no useradd equivalent here"};
    }
  }
  if (!group && home) text += " -m";
  return {text + " " + operands[0], ""};
}

// Packages for the BusyBox commands the RUNs call that the Debian builder would lack, in first-use order.
std::vector<std::string> busybox_packages(const StageFacts& facts, const Catalog& catalog,
                                          const ApkTranslation& result) {
  // Build tools only: the RUNs use them, the runtime never does, so they are not judged against it.
  std::vector<std::string> packages;
  for (const auto& run : facts.commands) {
    std::string package = catalog.busybox_command_package(run.command.basename());
    if (!package.empty() && !listed(result.debian_packages, package)) add_once(packages, package);
  }
  return packages;
}

// `a && apk del x`: the text between the two commands is only the connector and line continuations.
bool only_and_between(std::string_view gap) {
  return gap.find("&&") != std::string_view::npos &&
         gap.find_first_not_of(" \t\r\n\\&") == std::string_view::npos;
}

}  // namespace

std::variant<ApkTranslation, Refusal> translate_apk(const StageFacts& facts, const Catalog& catalog) {
  Translator translator{facts, catalog, {}, {}};
  auto& edits = translator.result.edits;
  for (const auto& run : facts.commands) {
    if (!run.command.is("adduser") && !run.command.is("addgroup")) continue;
    if (run.nested) return refusal(facts, "a BusyBox adduser/addgroup sits inside a `sh -c` string");
    auto account = debian_account_command(run.command);
    if (!account.problem.empty()) return refusal(facts, std::move(account.problem));
    edits.push_back({run.command.source, std::move(account.text)});
    translator.result.accounts = true;
  }
  const auto& source = facts.file->source();
  std::set<size_t> runs;
  for (const auto* run : facts.invocations("apk")) runs.insert(run->instruction_index);
  for (size_t index : runs) {
    std::vector<const RunCommand*> commands;
    for (const auto& run : facts.commands) {
      if (run.instruction_index == index && !run.nested) commands.push_back(&run);
    }
    std::vector<Translator::Replacement> replaced(commands.size());
    bool all_dropped = true;
    for (size_t i = 0; i < commands.size(); ++i) {
      if (!commands[i]->command.is("apk")) {
        all_dropped = false;
        continue;
      }
      replaced[i] = translator.replacement(*commands[i]);
      if (!replaced[i].problem.empty()) return refusal(facts, std::move(replaced[i].problem));
      all_dropped = all_dropped && replaced[i].text == "true";
    }
    for (const auto& run : facts.invocations("apk")) {  // apk inside `sh -c` is not in `commands`
      if (run->instruction_index == index && run->nested)
        return refusal(facts, "an apk command sits inside a `sh -c` string");
    }
    if (all_dropped) {  // RUN apk upgrade: nothing left to run
      edits.push_back({removal_range(source, facts.stage->instructions[index]), ""});
      continue;
    }
    for (size_t i = 0; i < commands.size(); ++i) {
      const auto& command = commands[i]->command;
      if (!command.is("apk")) continue;
      if (replaced[i].text != "true") {
        edits.push_back({command.source, replaced[i].text});
        continue;
      }
      // Drop the command with the `&&` before it when it ends an && chain link; else keep a no-op.
      const auto* before = i > 0 ? &commands[i - 1]->command : nullptr;
      if (before && command.placement.joined_by == Connector::kAnd &&
          before->placement.and_or_list == command.placement.and_or_list &&
          only_and_between(source.slice({before->source.end, command.source.begin}))) {
        edits.push_back({{before->source.end, command.source.end}, ""});
      } else {
        edits.push_back({command.source, "true"});
      }
    }
  }
  if (auto inserted = busybox_packages(facts, catalog, translator.result); !inserted.empty()) {
    std::string line = "RUN apt-get update && apt-get install -y --no-install-recommends";
    for (const auto& name : inserted) line += " " + name;
    const auto& from = facts.stage->from();
    bool has_newline = from.range.end > from.range.begin && source.text()[from.range.end - 1] == '\n';
    edits.push_back({{from.range.end, from.range.end}, has_newline ? line + "\n" : "\n" + line});
    translator.result.busybox_packages = std::move(inserted);
  }
  if (!translator.unknown.empty()) {
    std::string list;
    for (const auto& name : translator.unknown) list += (list.empty() ? "" : ", ") + name;
    return refusal(facts, "no Debian equivalent is known for the apk package" +
                              std::string(translator.unknown.size() > 1 ? "s " : " ") + list);
  }
  return std::move(translator.result);
}

}  // namespace distill::rewrite
