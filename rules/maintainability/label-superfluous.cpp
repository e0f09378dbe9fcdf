// DL3050: with `strict-labels` on, a LABEL outside the configured `label-schema`; the schema is then the
// complete list of labels an image may carry, so a label outside it is a typo or unreviewed metadata.
#include <string>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3050",
                         .slug = "label-superfluous",
                         .category = "maintainability",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// One finding per LABEL instruction (hadolint's check is per instruction), at its first label outside the
// schema.
void check(const Instruction& in, Context& ctx) {
  const auto& config = ctx.options().config();
  if (!in.is("LABEL") || !config.strict_labels) return;
  for (const auto& pair : in.pairs) {
    std::string key = labels::text(pair.key, ctx.file().escape);
    if (config.label_schema.count(key) != 0) continue;
    ctx.report(pair.key_range,
               "label " + key +
                   " is not in label-schema, and strict-labels allows no other labels; add it "
                   "to the schema or remove it");
    return;
  }
}

}  // namespace

std::unique_ptr<Rule> make_label_superfluous() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
