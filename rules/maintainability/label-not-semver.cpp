// DL3056: a label typed `semver` in the configured `label-schema` whose value is not a semantic version
// (1.2.3, 2.0.1-rc1), so tools cannot order or compare the images it labels.
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3056",
                         .slug = "label-not-semver",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ident_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

bool number(std::string_view text, size_t& at) {
  size_t start = at;
  while (at < text.size() && is_digit(text[at])) ++at;
  return at > start;
}

// Dot-separated identifiers of [0-9A-Za-z-], as hadolint's semver parser reads them: it stops at the first
// character that cannot start one, and an identifier may be followed by a dot.
void identifiers(std::string_view text, size_t& at) {
  while (at < text.size()) {
    size_t start = at;
    while (at < text.size() && is_ident_char(text[at])) ++at;
    if (at == start) return;
    if (at < text.size() && text[at] == '.') ++at;
  }
}

// MAJOR.MINOR.PATCH, then optionally -PRERELEASE and +BUILD.
bool is_semver(std::string_view text) {
  size_t at = 0;
  if (!number(text, at) || at >= text.size() || text[at++] != '.') return false;
  if (!number(text, at) || at >= text.size() || text[at++] != '.') return false;
  if (!number(text, at)) return false;
  if (at < text.size() && text[at] == '-') identifiers(text, ++at);
  if (at < text.size() && text[at] == '+') identifiers(text, ++at);
  return at == text.size();
}

void check(const Instruction& in, Context& ctx) {
  labels::check_values(in, ctx, "semver", is_semver, "not a semantic version (MAJOR.MINOR.PATCH)");
}

}  // namespace

std::unique_ptr<Rule> make_label_not_semver() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
