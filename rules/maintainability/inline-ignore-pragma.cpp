// DL1001: inline suppressions scatter policy through Dockerfiles; teams that want every exclusion reviewed in
// one place switch this rule on to flag each `# hadolint ignore=` / `# distill ignore=` comment.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL1001",
                         .slug = "inline-ignore-pragma",
                         .category = "maintainability",
                         .severity = core::Severity::kIgnore,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// No behaviour of its own: the pragmas are read by the engine, which reports them under this rule's code and
// configured severity (src/lint/suppressions.cpp), as it does for unused suppressions. Registering the rule
// gives the finding a document, a default (off) and a name to switch it on with.
class InlineIgnorePragma final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }
};

}  // namespace

std::unique_ptr<Rule> make_inline_ignore_pragma() {
  return std::make_unique<InlineIgnorePragma>();
}

}  // namespace distill::rules
