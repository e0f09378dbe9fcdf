// DL3055: a label typed `hash` in the configured `label-schema` whose value is not a git commit hash, so the
// image cannot be traced back to the commit it was built from.
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3055",
                         .slug = "label-not-git-hash",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// As hadolint: a full (40) or short (7) hash in lower-case hexadecimal.
bool is_git_hash(std::string_view text) {
  if (text.size() != 40 && text.size() != 7) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

void check(const Instruction& in, Context& ctx) {
  labels::check_values(in, ctx, "hash", is_git_hash, "not a git hash (7 or 40 lower-case hex digits)");
}

}  // namespace

std::unique_ptr<Rule> make_label_not_git_hash() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
