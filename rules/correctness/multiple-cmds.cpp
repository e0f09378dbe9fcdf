// DL4003: an image has one default command, so every CMD but the last in a stage is dead code that misleads
// the reader.
#include "lint/rule_api.h"
#include "rules/correctness/one_per_stage_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL4003",
                         .slug = "multiple-cmds",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};
constexpr std::string_view kKeyword = "CMD";

}  // namespace

std::unique_ptr<Rule> make_multiple_cmds() {
  return std::make_unique<OnePerStageRule<kMeta, kKeyword>>();
}

}  // namespace distill::rules
