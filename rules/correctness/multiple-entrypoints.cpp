// DL4004: an image has one entrypoint, so every ENTRYPOINT but the last in a stage is dead code that
// misleads the reader.
#include "lint/rule_api.h"
#include "rules/correctness/one_per_stage_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL4004",
                         .slug = "multiple-entrypoints",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};
constexpr std::string_view kKeyword = "ENTRYPOINT";

}  // namespace

std::unique_ptr<Rule> make_multiple_entrypoints() {
  return std::make_unique<OnePerStageRule<kMeta, kKeyword>>();
}

}  // namespace distill::rules
