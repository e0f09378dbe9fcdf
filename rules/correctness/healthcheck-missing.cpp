// DL3057: a stage without a HEALTHCHECK (of its own or inherited from the stage it is built FROM) gives the
// runtime no way to tell a hung container from a healthy one. Off by default, as in hadolint.
#include <vector>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3057",
                         .slug = "healthcheck-missing",
                         .category = "correctness",
                         .severity = core::Severity::kIgnore,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

class HealthcheckMissing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  // A stage built FROM an earlier stage that has a health check inherits it.
  void begin_stage(const Stage& stage, Context&) override {
    has_check_.resize(stage.index + 1, false);
    own_check_.resize(stage.index + 1, false);
    has_check_[stage.index] = stage.parent && *stage.parent < stage.index && has_check_[*stage.parent];
  }

  // `HEALTHCHECK NONE` counts: it states the choice. An ONBUILD HEALTHCHECK configures the images built FROM
  // this one, not this stage.
  void check(const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild() || !ctx.stage() || !in.is("HEALTHCHECK")) return;
    has_check_[ctx.stage()->index] = true;
    own_check_[ctx.stage()->index] = true;
  }

  // A base stage is also covered when a stage built FROM it (directly or through other stages) declares the
  // health check: the base is a layer of that image, not an image of its own (hadolint reads it so too).
  void finish(Context& ctx) override {
    const auto& stages = ctx.file().stages;
    std::vector<bool> covered = has_check_;
    covered.resize(stages.size(), false);
    for (const Stage& stage : stages) {
      if (stage.index >= own_check_.size() || !own_check_[stage.index]) continue;
      for (auto parent = stage.parent; parent && *parent < stages.size() && !covered[*parent];
           parent = stages[*parent].parent) {
        covered[*parent] = true;
      }
    }
    for (const Stage& stage : stages) {
      if (covered[stage.index]) continue;
      ctx.report(
          stage.from(),
          "stage " + stage.display_name() +
              " has no HEALTHCHECK, of its own, inherited from the stage it is built FROM, or declared by "
              "a stage built FROM it; add one (or HEALTHCHECK NONE to state there is none)");
    }
  }

 private:
  std::vector<bool> has_check_;
  std::vector<bool> own_check_;
};

}  // namespace

std::unique_ptr<Rule> make_healthcheck_missing() {
  return std::make_unique<HealthcheckMissing>();
}

}  // namespace distill::rules
