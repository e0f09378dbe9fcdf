// DL3045: `COPY app.py .` with no WORKDIR in the stage lands wherever the base image's working directory
// happens to be (often `/`), and moves when the base image changes it.
#include <vector>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3045",
                         .slug = "copy-relative-dest-without-workdir",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// Step shape: which stages have set a WORKDIR so far. A stage built FROM another stage inherits its
// WORKDIR; a WORKDIR inside ONBUILD only applies to the ONBUILD instructions that follow it.
class CopyRelativeDestWithoutWorkdir final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage& stage, Context& ctx) override {
    workdir_.resize(ctx.file().stages.size(), false);
    workdir_[stage.index] = stage.parent && *stage.parent < stage.index && workdir_[*stage.parent];
    onbuild_workdir_ = false;
  }

  void check(const Instruction& in, Context& ctx) override {
    // Instructions before the first FROM (which BuildKit rejects) are checked as a stage of their own, as
    // hadolint does.
    const Stage* stage = ctx.stage();
    char& has_workdir = stage == nullptr ? preamble_workdir_ : workdir_[stage->index];
    if (in.is("WORKDIR")) {
      if (ctx.in_onbuild()) {
        onbuild_workdir_ = true;
      } else {
        has_workdir = true;
      }
      return;
    }
    if (!in.is("COPY") || in.args.size() < 2) return;
    if (has_workdir || (ctx.in_onbuild() && onbuild_workdir_)) return;
    const syntax::Argument& dest = in.args.back();
    std::string_view path = util::strip_quotes(dest.text);
    // As hadolint: a destination that starts with a variable is trusted to be absolute.
    if (path.empty() || path.front() == '$' || util::is_absolute_path(path, ctx.file().escape)) return;
    ctx.report(dest.range, "COPY to relative destination '" + std::string(path) +
                               "' with no WORKDIR set in this stage; it depends on the base image's working "
                               "directory. Set WORKDIR first or use an absolute path");
  }

 private:
  std::vector<char> workdir_;  // per stage; char, not bool, so an element can be taken by reference
  char preamble_workdir_ = false;
  bool onbuild_workdir_ = false;
};

}  // namespace

std::unique_ptr<Rule> make_copy_relative_dest_without_workdir() {
  return std::make_unique<CopyRelativeDestWithoutWorkdir>();
}

}  // namespace distill::rules
