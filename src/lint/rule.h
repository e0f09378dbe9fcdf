// The rule interface. A rule is metadata plus one of three shapes, smallest first:
//   1. a per-instruction check (override check());
//   2. a stateful step (member variables updated in check(), reset per file because each run makes a fresh
//   rule);
//   3. step + finish (store facts in check()/check_command(), decide in end_stage() or finish()).
// The engine walks stages and unwraps ONBUILD; rules never do. RUN rules list the command names they want
// (`commands`) and receive each matching command parsed by tree-sitter-bash.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "core/finding.h"
#include "syntax/dockerfile.h"
#include "syntax/shell/command.h"

namespace distill::lint {

class Context;

enum class FixAvailability { kNone, kSometimes, kAlways };

struct RuleMeta {
  std::string_view code;      // "DL3008" (hadolint's code where hadolint has the rule) or "DI0001"
  std::string_view slug;      // names the flagged pattern: "apt-get-unpinned"
  std::string_view category;  // "packages", "security", "correctness", "style", "bloat", "distroless", ...
  core::Severity severity = core::Severity::kWarning;  // default; hadolint's default where it has the rule
  FixAvailability fix = FixAvailability::kNone;
  std::span<const std::string_view> aliases = {};   // BuildKit check names, Trivy/Checkov ids
  std::span<const std::string_view> commands = {};  // shell command basenames the rule subscribes to
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;

  // Every instruction in file order (the preamble before the first FROM included); an ONBUILD's trigger is
  // visited as well, with Context::in_onbuild() true.
  virtual void check(const syntax::Instruction&, Context&) {}
  // Every simple command whose basename is in meta().commands, in shell-form RUN bodies and RUN heredoc
  // scripts.
  virtual void check_command(const syntax::shell::Command&, const syntax::Instruction&, Context&) {}
  virtual void begin_stage(const syntax::Stage&, Context&) {}
  virtual void end_stage(const syntax::Stage&, Context&) {}
  virtual void finish(Context&) {}
};

using RuleFactory = std::unique_ptr<Rule> (*)();

// Shape 1 without boilerplate: `meta` and a predicate over one instruction that reports through the context.
template <const RuleMeta& Meta, void (*Check)(const syntax::Instruction&, Context&)>
class InstructionRule final : public Rule {
 public:
  const RuleMeta& meta() const override { return Meta; }
  void check(const syntax::Instruction& in, Context& ctx) override { Check(in, ctx); }
};

}  // namespace distill::lint
