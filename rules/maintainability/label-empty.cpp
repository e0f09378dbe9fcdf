// DL3051: a label of the configured `label-schema` set to an empty value; the label is there but says
// nothing, which defeats the schema as surely as leaving it out.
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3051",
                         .slug = "label-empty",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

void check(const Instruction& in, Context& ctx) {
  if (!in.is("LABEL")) return;
  for (const std::string& label : labels::of_type(ctx)) {
    for (const auto& pair : in.pairs) {
      if (labels::text(pair.key, ctx.file().escape) != label) continue;
      if (!labels::text(pair.value.value_or(""), ctx.file().escape).empty()) continue;
      ctx.report(pair.range, "label " + label + " (in label-schema) is empty; give it a value");
      break;
    }
  }
}

}  // namespace

std::unique_ptr<Rule> make_label_empty() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
