// DL3012: an image has one health check, so a second HEALTHCHECK in a stage silently replaces the first.
#include "lint/rule_api.h"
#include "rules/correctness/one_per_stage_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"MultipleInstructionsDisallowed"};
constexpr RuleMeta kMeta{.code = "DL3012",
                         .slug = "multiple-healthchecks",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};
constexpr std::string_view kKeyword = "HEALTHCHECK";

}  // namespace

std::unique_ptr<Rule> make_multiple_healthchecks() {
  return std::make_unique<OnePerStageRule<kMeta, kKeyword>>();
}

}  // namespace distill::rules
