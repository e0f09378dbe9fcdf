// DI0010: a suppression that names an unknown rule or silences nothing hides no problem today but will hide
// a real one tomorrow, so stale pragmas are reported instead of piling up.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0010",
                         .slug = "unused-suppression",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// No behaviour of its own: whether a suppression was used is only known after every other rule has run and
// the suppressions were applied, so the engine (src/lint/suppressions.cpp) reports these findings under this
// rule's code, slug and configured severity. Registering the rule gives them a document, a severity and a
// name to switch them off with.
class UnusedSuppression final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }
};

}  // namespace

std::unique_ptr<Rule> make_unused_suppression() {
  return std::make_unique<UnusedSuppression>();
}

}  // namespace distill::rules
