// DL3059: a run of one-command RUN instructions creates a layer per command; state that one command leaves
// behind (caches, temp files, package lists) is frozen into its layer before the next can remove it.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3059",
                         .slug = "consecutive-run-instructions",
                         .category = "maintainability",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// A RUN that already chains commands (`a && b`, `a; b`) was split from its neighbours on purpose: hadolint's
// spec leaves `RUN foo && bar` next to `RUN foobar` alone, so only single-command RUNs count as short.
constexpr size_t kMaxCommands = 1;

struct PreviousRun {
  std::vector<std::string> flags;  // "mount=type=cache,target=/x", sorted: merging needs identical flags
  size_t commands = 0;
};

std::vector<std::string> flag_texts(const Instruction& run) {
  std::vector<std::string> out;
  for (const auto& flag : run.flags) out.push_back(flag.name + "=" + flag.value.value_or(""));
  std::sort(out.begin(), out.end());
  return out;
}

// How many simple commands the RUN runs (heredoc scripts included); an exec-form RUN is one command.
// nullopt when the script is not visible (a non-POSIX SHELL): such a RUN is never counted as short.
std::optional<size_t> command_count(const Instruction& run, Context& ctx) {
  if (run.form == syntax::Form::kJson) return 1;
  const auto& scripts = ctx.scripts(run);
  if (scripts.empty()) return std::nullopt;
  size_t count = 0;
  for (const auto& script : scripts) count += script.commands.size();
  return count;
}

class ConsecutiveRunInstructions final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage&, Context&) override { previous_.reset(); }

  void check(const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild()) return;  // the ONBUILD instruction itself already broke the sequence
    if (!in.is("RUN")) {
      previous_.reset();
      return;
    }
    std::optional<size_t> count = command_count(in, ctx);
    PreviousRun current{flag_texts(in), count.value_or(kMaxCommands + 1)};
    if (previous_ && previous_->flags == current.flags && previous_->commands <= kMaxCommands &&
        current.commands <= kMaxCommands) {
      ctx.report(in, "multiple consecutive RUN instructions; consider merging them into one RUN");
      return;  // like hadolint, the sequence keeps comparing against its first RUN
    }
    previous_ = std::move(current);
  }

 private:
  std::optional<PreviousRun> previous_;
};

}  // namespace

std::unique_ptr<Rule> make_consecutive_run_instructions() {
  return std::make_unique<ConsecutiveRunInstructions>();
}

}  // namespace distill::rules
