// DL3053: a label typed `rfc3339` in the configured `label-schema` whose value is not an RFC 3339 timestamp
// (2024-05-01T12:00:00Z), so the build date it should record cannot be read by tools.
#include <cctype>
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3053",
                         .slug = "label-not-rfc3339",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// Reads `count` digits at `at` into `value`.
bool digits(std::string_view text, size_t& at, size_t count, int& value) {
  value = 0;
  for (size_t i = 0; i < count; ++i, ++at) {
    if (at >= text.size() || !std::isdigit(static_cast<unsigned char>(text[at]))) return false;
    value = value * 10 + (text[at] - '0');
  }
  return true;
}

bool expect(std::string_view text, size_t& at, char c) {
  if (at >= text.size() || std::tolower(static_cast<unsigned char>(text[at])) != c) return false;
  ++at;
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// What hadolint accepts: YYYY-MM-DDTHH:MM:SS, an optional fraction, then Z or a +HH:MM / +HHMM offset; case
// does not matter and surrounding blanks are ignored.
bool is_rfc3339(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  size_t at = 0;
  int year, month, day, hour, minute, second, ignored;
  if (!digits(text, at, 4, year) || !expect(text, at, '-') || !digits(text, at, 2, month) ||
      !expect(text, at, '-') || !digits(text, at, 2, day) || !expect(text, at, 't') ||
      !digits(text, at, 2, hour) || !expect(text, at, ':') || !digits(text, at, 2, minute) ||
      !expect(text, at, ':') || !digits(text, at, 2, second)) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month) || hour > 23 || minute > 59 ||
      second > 60) {
    return false;
  }
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) ++at;
  }
  if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) return at + 1 == text.size();
  if (at >= text.size() || (text[at] != '+' && text[at] != '-')) return false;
  ++at;
  if (!digits(text, at, 2, ignored)) return false;
  if (at < text.size() && text[at] == ':') ++at;
  return digits(text, at, 2, ignored) && at == text.size();
}

void check(const Instruction& in, Context& ctx) {
  labels::check_values(in, ctx, "rfc3339", is_rfc3339, "not an RFC 3339 timestamp");
}

}  // namespace

std::unique_ptr<Rule> make_label_not_rfc3339() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
