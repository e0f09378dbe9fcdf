// DL3054: a label typed `spdx` in the configured `label-schema` whose value is not an SPDX license
// identifier, so license scanners cannot tell under which terms the image is distributed.
#include <algorithm>
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"
#include "rules/maintainability/spdx_license_ids.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3054",
                         .slug = "label-not-spdx",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// One license identifier, spelled exactly as the SPDX list does (hadolint accepts no expressions such as
// "MIT OR Apache-2.0").
bool is_spdx(std::string_view text) {
  return std::binary_search(spdx::kLicenseIds.begin(), spdx::kLicenseIds.end(), text);
}

void check(const Instruction& in, Context& ctx) {
  labels::check_values(in, ctx, "spdx", is_spdx, "not an SPDX license identifier");
}

}  // namespace

std::unique_ptr<Rule> make_label_not_spdx() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
