// DL3024: two stages with the same name (BuildKit compares them case-insensitively) make every
// `COPY --from` and `FROM <stage>` ambiguous; BuildKit rejects the Dockerfile.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"DuplicateStageName"};
constexpr RuleMeta kMeta{.code = "DL3024",
                         .slug = "duplicate-stage-name",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

class DuplicateStageName final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage& stage, Context& ctx) override {
    if (!stage.alias) return;
    auto earlier = ctx.file().find_stage(*stage.alias, stage.index);
    if (!earlier) return;
    uint32_t line = ctx.file().source().position(ctx.file().stages[*earlier].alias_range.begin).line;
    ctx.report(stage.alias_range, "stage name '" + *stage.alias + "' is already used by the stage on line " +
                                      std::to_string(line) + "; give each stage a unique name");
  }
};

}  // namespace

std::unique_ptr<Rule> make_duplicate_stage_name() {
  return std::make_unique<DuplicateStageName>();
}

}  // namespace distill::rules
