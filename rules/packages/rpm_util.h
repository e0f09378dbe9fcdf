// Helpers shared by the yum/dnf rules (DL3030, DL3032, DL3033, DL3038, DL3040, DL3041): which subcommand an
// rpm package manager runs, whether it answers its prompt, whether a RUN cleans its cache after installing,
// and whether a package word names a version.
#pragma once

#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "syntax/variables/expansion.h"

namespace distill::rules::rpm_util {

// The operand `word` appears among the command's operands (`yum module install x` has "install").
inline bool has_operand(const Command& command, std::initializer_list<std::string_view> words) {
  for (const Word& operand : command.args_without_flags()) {
    for (std::string_view word : words) {
      if (operand.is(word)) return true;
    }
  }
  return false;
}

// A `yum`/`dnf` command that installs: any operand is "install" (as in `yum install`, `yum module install`,
// `dnf group install`), or its subcommand is one of `extra` (dnf's `in`, `upgrade`, ...).
inline bool installs(const Command& command, std::initializer_list<std::string_view> extra = {}) {
  if (has_operand(command, {"install"})) return true;
  std::string subcommand = command.subcommand();
  for (std::string_view word : extra) {
    if (subcommand == word) return true;
  }
  return false;
}

// The -y check of DL3030/DL3038: an install without -y/--assumeyes stops at the "Is this ok [y/N]" prompt.
// Reported with a fix that adds -y after the subcommand.
inline void check_assume_yes(const Command& command, Context& ctx) {
  if (!has_operand(command, {"install", "groupinstall", "localinstall"})) return;
  if (command.has_any_flag({"y", "assumeyes"})) return;
  std::string tool(command.basename());
  std::optional<core::Fix> fix;
  if (auto edit = package_util::insert_after_subcommand(command, "-y"))
    fix = core::Fix::safe("Add -y", {*edit});
  ctx.report(package_util::command_through_subcommand(command),
             tool + " install without -y waits for a confirmation the build cannot give; use '" + tool +
                 " install -y'",
             std::move(fix));
}

// `<tool> clean all`: both words, as hadolint requires (`yum clean` alone or `yum clean metadata` leave the
// downloaded packages).
inline bool cleans_all(const Command& command, std::string_view tool) {
  if (!command.is(tool)) return false;
  auto operands = command.args_without_flags();
  bool clean = false, all = false;
  for (const Word& operand : operands) {
    clean = clean || operand.is("clean");
    all = all || operand.is("all");
  }
  return clean && all;
}

// `rm -rf <dir>` (or a parent, or `<dir>/*`) with a recursive option.
inline bool removes_cache(const Command& command, std::string_view dir) {
  return package_util::removes_dir(command, dir);
}

// For each install-like command of `tool` in a RUN, whether a cleanup follows it in the same RUN. Returns the
// first install that no cleanup follows, or nullptr.
template <typename IsInstall, typename IsCleanup>
const Command* install_without_cleanup(const std::vector<Command>& commands, IsInstall is_install,
                                       IsCleanup is_cleanup) {
  const Command* pending = nullptr;
  for (const Command& command : commands) {
    if (is_install(command)) {
      if (pending == nullptr) pending = &command;
    } else if (pending != nullptr && is_cleanup(command)) {
      pending = nullptr;
    }
  }
  return pending;
}

// Whether a package names a version, as hadolint decides: split at '-' and drop the first part; the rest
// ("1:1.1.1k" of "openssl-1:1.1.1k", "4.16.1.3" of "rpm-sign-4.16.1.3") must hold only letters, digits and
// . ~ ^ _ : +, and one of its parts must start with a digit. A local `.rpm` file always names a version.
inline bool looks_versioned(std::string_view package) {
  if (package.size() > 4 && package.substr(package.size() - 4) == ".rpm") return true;
  size_t dash = package.find('-');
  if (dash == std::string_view::npos) return false;
  std::string_view rest = package.substr(dash + 1);
  bool digit_start = false;
  while (true) {
    size_t next = rest.find('-');
    std::string_view part = rest.substr(0, next);
    if (!part.empty() && std::isdigit(static_cast<unsigned char>(part.front()))) digit_start = true;
    for (char c : part) {
      bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '~' || c == '^' || c == '_' ||
                c == ':' || c == '+';
      if (!ok) return false;
    }
    if (next == std::string_view::npos) break;
    rest = rest.substr(next + 1);
  }
  return digit_start;
}

// What a pin rule knows about the variables of the file so far: every ARG name (hadolint counts an ARG of
// any earlier stage) and every ENV name, whatever its stage.
struct SeenVariables {
  std::set<std::string, std::less<>> args;
  std::set<std::string, std::less<>> envs;

  void record(const Instruction& in) {
    if (in.is("ARG")) {
      for (const auto& pair : in.pairs) args.insert(pair.key);
    } else if (in.is("ENV")) {
      for (const auto& pair : in.pairs) envs.insert(pair.key);
    }
  }
};

// Whether a package word of `<tool> install` names a version. A word with variables is judged on its value
// when every variable is known; otherwise, as hadolint does, a word with a '-' is pinned when one of its
// variables is an ENV of this stage (or the stage it builds on) or an ARG declared before it, and unpinned
// when its variables are ENVs of other stages only. A variable set nowhere in the file (a build argument
// from outside) cannot be judged and counts as pinned. A word without any '-' is never pinned.
inline bool package_pinned(const Word& word, const Context& ctx, const SeenVariables& seen) {
  if (word.literal) return looks_versioned(*word.literal);
  if (word.has_command_substitution) return true;  // the value comes from a command: unknown
  syntax::variables::Lookup lookup = [&ctx](std::string_view name) -> std::optional<std::string> {
    if (ctx.stage() == nullptr && !ctx.in_onbuild()) return std::nullopt;
    return ctx.scope().get(name);
  };
  auto expansion = syntax::variables::expand_word(word.raw, lookup);
  if (!expansion.ok()) return true;
  if (expansion->unset.empty()) return looks_versioned(expansion->value);
  if (expansion->value.find('-') == std::string::npos) return false;
  bool any_env_elsewhere = false;
  for (const std::string& name : expansion->referenced) {
    if (seen.args.contains(name)) return true;
    if (ctx.stage() != nullptr && ctx.scope().contains(name)) return true;
    if (seen.envs.contains(name)) any_env_elsewhere = true;
  }
  return !any_env_elsewhere;
}

// The pin check of DL3033/DL3041 for one `<tool> … install …` command: every package operand must name a
// version (`tomcat-9.0.1`), every module of `<tool> module install` a stream (`nodejs:20`). Group installs
// (`dnf group install`) name no versions and are not checked.
inline void check_pins(const Command& command, Context& ctx, const SeenVariables& seen,
                       std::string_view tool) {
  if (!has_operand(command, {"install"}) || has_operand(command, {"group"})) return;
  bool modules = has_operand(command, {"module"});
  for (const Word& operand : command.args_without_flags()) {
    if (operand.is("install") || operand.is("module")) continue;
    std::string name = operand.literal ? *operand.literal : operand.raw;
    if (modules) {
      if (operand.value().find(':') != std::string::npos) continue;
      ctx.report(operand.source, std::string(tool) + " module install of '" + name +
                                     "' without a stream; use '" + name + ":<stream>'");
    } else if (!package_pinned(operand, ctx, seen)) {
      ctx.report(operand.source, std::string(tool) + " install of '" + name + "' without a version; use '" +
                                     name + "-<version>'");
    }
  }
}

}  // namespace distill::rules::rpm_util
