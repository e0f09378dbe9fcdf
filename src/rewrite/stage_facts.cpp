// One pass over a stage, in order, tracking what BuildKit tracks (WORKDIR, ENV, USER) so every path and value
// is the one the build actually sees.
#include "rewrite/stage_facts.h"

#include <algorithm>

#include "rewrite/packages.h"
#include "syntax/instruction_scripts.h"
#include "syntax/shell/inline_script.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/expansion.h"

namespace distill::rewrite {

namespace {

using syntax::Instruction;

std::string expanded(const syntax::Dockerfile& file, uint32_t stage, size_t index, std::string_view text) {
  return syntax::expand_at(file, stage, index, text);
}

void add_packages(const syntax::shell::Command& command, std::vector<std::string>& packages) {
  auto operands = command.args_without_flags();
  for (size_t i = 1; i < operands.size(); ++i) {  // operand 0 is the subcommand
    const std::string& name = operands[i].value();
    if (name.empty() || name.starts_with(".")) continue;
    if (name.find('$') != std::string::npos) {  // ${INSTALL_PKGS}: unknown packages, kept as written
      packages.push_back(name);
      continue;
    }
    packages.push_back(bare_package_name(name));
  }
}

void note_command(StageFacts& facts, const syntax::shell::Command& raw, const std::string& workdir,
                  size_t index, bool nested) {
  const EnvSetting* path = facts.find_env("PATH");
  syntax::shell::Command command = raw.effective();
  std::string name(command.basename());
  bool apt = name == "apt-get" || name == "apt" || name == "aptitude";
  if (apt && command.subcommand() == "install") {
    add_packages(command, facts.apt_packages);
  } else if (apt && (command.subcommand() == "purge" || command.subcommand() == "remove")) {
    add_packages(command, facts.removed_packages);
  } else if (name == "apk" && command.subcommand() == "add") {
    size_t before = facts.apk_packages.size();
    add_packages(command, facts.apk_packages);
    auto group = command.flag_value("virtual");
    if (!group) group = command.flag_value("t");
    if (group) {
      facts.apk_virtual_groups.emplace_back(
          *group, std::vector<std::string>(facts.apk_packages.begin() + static_cast<std::ptrdiff_t>(before),
                                           facts.apk_packages.end()));
    }
  } else if (name == "apk" && command.subcommand() == "del") {
    auto operands = command.args_without_flags();
    for (size_t i = 1; i < operands.size(); ++i) {  // virtual group names start with a dot: not skipped here
      std::string package = bare_package_name(operands[i].value());
      facts.removed_packages.push_back(package);
      for (const auto& [group, members] : facts.apk_virtual_groups) {
        if (group == package)
          facts.removed_packages.insert(facts.removed_packages.end(), members.begin(), members.end());
      }
    }
  } else if (name == "mkdir") {
    for (const auto& operand : command.args_without_flags()) {
      if (operand.literal) facts.created_directories.push_back(absolute_path(workdir, *operand.literal));
    }
  }
  facts.commands.push_back({std::move(command), workdir, path ? path->value : "", index, nested});
}

void note_run(StageFacts& facts, const Instruction& run, const std::string& workdir, size_t index,
              syntax::shell::Parser& parser) {
  for (const auto& script : syntax::parse_scripts(run, parser)) {
    for (const auto& command : script.commands) {
      note_command(facts, command, workdir, index, false);
      // `sh -c '…'` hides its commands in a string; look inside so `bash -c "pip install x"` counts.
      if (auto inner = syntax::shell::parse_inline_script(command.effective()); inner && inner->ok()) {
        for (const auto& nested : (*inner)->commands) note_command(facts, nested, workdir, index, true);
      }
    }
  }
}

void set_env(StageFacts& facts, std::string name, std::string value, const Instruction* instruction) {
  for (auto& setting : facts.env) {
    if (setting.name == name) {
      setting.value = std::move(value);
      setting.instruction = instruction;
      return;
    }
  }
  facts.env.push_back({std::move(name), std::move(value), instruction});
}

void note_copy(StageFacts& facts, const syntax::Dockerfile& file, uint32_t stage, size_t index,
               const Instruction& copy) {
  if (copy.args.empty()) return;
  CopiedPath copied;
  copied.instruction = &copy;
  copied.from_stage = copy.flag("from") != nullptr;
  std::string destination = expanded(file, stage, index, copy.args.back().text);
  if (copy.form == syntax::Form::kJson && destination.size() >= 2 && destination.front() == '"') {
    destination = destination.substr(1, destination.size() - 2);
  }
  for (size_t i = 0; i + 1 < copy.args.size(); ++i) copied.sources.push_back(copy.args[i].text);
  for (const auto& heredoc : copy.heredocs) copied.sources.push_back("<<" + heredoc.delimiter);
  copied.directory = destination.ends_with('/') || destination == "." || copied.sources.size() > 1;
  copied.destination = absolute_path(facts.workdir, destination);
  facts.copies.push_back(std::move(copied));
}

}  // namespace

bool is_system_bin_dir(std::string_view entry) {
  while (entry.size() > 1 && entry.ends_with('/')) entry.remove_suffix(1);
  for (std::string_view dir :
       {"/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"}) {
    if (entry == dir) return true;
  }
  return false;
}

std::string absolute_path(std::string_view workdir, std::string_view path) {
  std::string joined =
      path.starts_with('/') ? std::string(path) : std::string(workdir) + "/" + std::string(path);
  std::vector<std::string> parts;
  size_t at = 0;
  while (at <= joined.size()) {
    size_t slash = joined.find('/', at);
    if (slash == std::string::npos) slash = joined.size();
    std::string part = joined.substr(at, slash - at);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    at = slash + 1;
  }
  std::string result;
  for (const auto& part : parts) result += "/" + part;
  return result.empty() ? "/" : result;
}

bool StageFacts::removed_later(std::string_view package) const {
  return std::find(removed_packages.begin(), removed_packages.end(), package) != removed_packages.end();
}

const EnvSetting* StageFacts::find_env(std::string_view name) const {
  for (const auto& setting : env) {
    if (setting.name == name) return &setting;
  }
  return nullptr;
}

std::vector<const RunCommand*> StageFacts::invocations(std::string_view basename) const {
  std::vector<const RunCommand*> found;
  for (const auto& run : commands) {
    if (run.command.is(basename)) found.push_back(&run);
  }
  return found;
}

StageFacts collect_facts(const syntax::Dockerfile& file, uint32_t stage_index) {
  StageFacts facts;
  facts.file = &file;
  facts.stage = &file.stages[stage_index];
  syntax::shell::Parser parser;
  const auto& instructions = facts.stage->instructions;
  for (size_t i = 1; i < instructions.size(); ++i) {
    const Instruction& in = instructions[i];
    if (in.is("WORKDIR") && !in.args.empty()) {
      facts.workdir = absolute_path(facts.workdir, expanded(file, stage_index, i, in.args.front().text));
      facts.has_workdir = true;
    } else if (in.is("ENV")) {
      auto scope = syntax::scope_before(file, stage_index, i);
      auto lookup = scope.lookup();
      for (const auto& pair : in.pairs) {
        std::string raw = pair.value.value_or("");
        auto value = syntax::variables::expand_word(raw, lookup, file.escape);
        set_env(facts, pair.key, value ? value->value : raw, &in);
      }
    } else if (in.is("USER") && !in.args.empty()) {
      facts.user = expanded(file, stage_index, i, in.args.front().text);
    } else if (in.is("COPY") || in.is("ADD")) {
      note_copy(facts, file, stage_index, i, in);
    } else if (in.is("RUN")) {
      note_run(facts, in, facts.workdir, i, parser);
    } else if (in.is("CMD")) {
      facts.cmd = &in;
      facts.cmd_index = i;
    } else if (in.is("ENTRYPOINT")) {
      facts.entrypoint = &in;
      facts.entrypoint_index = i;
    } else if (in.is("HEALTHCHECK")) {
      facts.healthcheck = &in;
    } else if (in.is("SHELL")) {
      facts.uses_shell_instruction = true;
    }
  }
  return facts;
}

}  // namespace distill::rewrite
