// DI0013: a stage name with capitals (`AS Builder`) suggests that case matters, but BuildKit matches stage
// names case-insensitively, so `builder` and `Builder` are one stage; BuildKit's StageNameCasing check asks
// for lower case.
#include "core/text.h"
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"StageNameCasing"};
constexpr RuleMeta kMeta{.code = "DI0013",
                         .slug = "stage-name-casing",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = kAliases,
                         .commands = {}};

class StageNameCasing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage& stage, Context& ctx) override {
    if (!stage.alias) return;
    std::string_view written = ctx.file().source().slice(stage.alias_range);
    std::string lower = core::to_lower(written);
    if (written == lower) return;
    // References keep working unchanged: BuildKit lower-cases every stage name it compares.
    auto fix = core::Fix::safe("Lower-case the stage name", {core::Edit{stage.alias_range, lower}});
    ctx.report(stage.alias_range,
               "stage name '" + std::string(written) + "' should be lower case: write '" + lower + "'",
               std::move(fix));
  }
};

}  // namespace

std::unique_ptr<Rule> make_stage_name_casing() {
  return std::make_unique<StageNameCasing>();
}

}  // namespace distill::rules
