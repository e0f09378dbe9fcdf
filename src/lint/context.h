// What a rule sees while the engine walks a file: where it is (stage, instruction, ONBUILD), the parsed shell
// of RUN instructions, variables in scope, its options, and report() to emit findings.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "lint/context_ignore.h"
#include "lint/rule.h"
#include "lint/rule_options.h"
#include "syntax/dockerfile.h"
#include "syntax/shell/script.h"
#include "syntax/variables/scope.h"

namespace distill::lint {

// Shell scripts parsed once per file and shared by every rule.
class ScriptCache {
 public:
  // The scripts of a RUN instruction: its shell-form command and the heredoc bodies a shell runs.
  const std::vector<syntax::shell::Script>& scripts(const syntax::Instruction& in);
  // Every command those scripts run, seen through wrappers (sudo, env, …) and into `sh -c '…'` scripts (two
  // levels deep; an inline script's commands come right after the `sh` that runs it). Several rules walk this
  // list for every RUN, so it is built once instead of copying each command per rule.
  const std::vector<syntax::shell::Command>& commands(const syntax::Instruction& in);

 private:
  syntax::shell::Parser parser_;
  std::map<const syntax::Instruction*, std::vector<syntax::shell::Script>> cache_;
  std::map<const syntax::Instruction*, std::vector<syntax::shell::Command>> commands_;
};

// Where the walk is; the engine updates it, rules read it through Context.
struct Position {
  const syntax::Stage* stage = nullptr;  // nullptr in the preamble before the first FROM
  size_t instruction_index = 0;          // within the stage (0 is its FROM) or the preamble
  bool in_onbuild = false;
  bool posix_shell = true;  // false after SHELL ["pwsh", ...] / ["cmd", ...] or `# hadolint shell=`
};

class Context {
 public:
  Context(const syntax::Dockerfile& file, ScriptCache& scripts) : file_(file), scripts_(scripts) {}

  const syntax::Dockerfile& file() const { return file_; }
  const syntax::Stage* stage() const { return position_.stage; }
  size_t instruction_index() const { return position_.instruction_index; }
  bool in_onbuild() const { return position_.in_onbuild; }
  bool posix_shell() const { return position_.posix_shell; }
  bool is_final_stage() const { return stage() && stage()->index + 1 == file_.stages.size(); }
  const syntax::Stage* final_stage() const { return file_.stages.empty() ? nullptr : &file_.stages.back(); }

  // Parsed shell scripts of a RUN instruction (empty for JSON form or a non-POSIX shell).
  const std::vector<syntax::shell::Script>& scripts(const syntax::Instruction& in);
  // The commands of those scripts as ScriptCache::commands lists them (empty when scripts() is).
  const std::vector<syntax::shell::Command>& commands(const syntax::Instruction& in);
  // `text` with the ARG/ENV values visible at the current instruction expanded (unchanged if impossible).
  std::string expand(std::string_view text) const;
  // The ARG/ENV values visible at the current instruction (before it runs); in the preamble, what the ARGs
  // (and ENVs, which BuildKit would reject) before it set.
  // Worked out once per instruction and shared by every rule that asks.
  const syntax::variables::Scope& scope() const;

  // The build context's ignore file; nullptr when the context is unknown.
  const ContextIgnore* context_ignore() const { return context_ignore_; }

  // This rule's options and the global configuration.
  const RuleOptions& options() const { return *options_; }

  void report(core::ByteRange range, std::string message, std::optional<core::Fix> fix = std::nullopt);
  // A finding on the instruction's first line, for rules about an instruction as a whole.
  void report(const syntax::Instruction& in, std::string message,
              std::optional<core::Fix> fix = std::nullopt);
  // The first line of an instruction: where whole-instruction findings point.
  core::ByteRange first_line(const syntax::Instruction& in) const;

  // --- engine side ---
  void set_rule(const RuleMeta* meta, const RuleOptions* options) {
    meta_ = meta;
    options_ = options;
  }
  void set_position(const Position& position) { position_ = position; }
  void set_context_ignore(const ContextIgnore* ignore) { context_ignore_ = ignore; }
  std::vector<core::Finding> take_findings() { return std::move(findings_); }

 private:
  const syntax::Dockerfile& file_;
  ScriptCache& scripts_;
  const RuleMeta* meta_ = nullptr;
  const RuleOptions* options_ = nullptr;
  const ContextIgnore* context_ignore_ = nullptr;
  Position position_;
  std::vector<core::Finding> findings_;
  // scope() for the position it was worked out at.
  mutable std::optional<syntax::variables::Scope> scope_;
  mutable const syntax::Stage* scope_stage_ = nullptr;
  mutable size_t scope_index_ = 0;
  mutable std::optional<syntax::variables::Scope> globals_;  // the FROM scope, for advancing scope_
};

}  // namespace distill::lint
