// DL3048: a LABEL key outside Docker's key format (lower-case alphanumerics separated by single '.' or '-',
// starting with a letter) or in a namespace Docker reserves for itself.
#include <optional>
#include <string>
#include <string_view>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3048",
                         .slug = "label-key-invalid",
                         .category = "style",
                         .severity = core::Severity::kStyle,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_key_char(char c) {
  return is_lower(c) || is_digit(c) || c == '.' || c == '-';
}

// A key written in quotes (`LABEL "a.b"=c`) names the text inside them.
std::string_view unquoted(std::string_view key) {
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front()) {
    key = key.substr(1, key.size() - 2);
  }
  return key;
}

std::string shown(char c) {
  if (c == ' ') return "a space";
  if (c == '\t') return "a tab";
  return "'" + std::string(1, c) + "'";
}

// Why `key` is not a valid label key, or nullopt when it is.
std::optional<std::string> problem(std::string_view key) {
  for (std::string_view reserved : {"com.docker.", "io.docker.", "org.dockerproject."}) {
    if (key.starts_with(reserved)) {
      return "the namespace " + std::string(reserved) + "* is reserved for Docker's own labels";
    }
  }
  if (key.empty()) return std::string("the key is empty");
  for (char c : key) {
    if (!is_key_char(c)) {
      return "it contains " + shown(c) + "; keys use only lower-case letters, digits, '.' and '-'";
    }
  }
  if (!is_lower(key.front())) return "it must start with a lower-case letter";
  if (!is_lower(key.back()) && !is_digit(key.back())) {
    return "it must end with a lower-case letter or a digit";
  }
  if (key.find("..") != std::string_view::npos || key.find("--") != std::string_view::npos) {
    return std::string("'.' and '-' must not be repeated");
  }
  return std::nullopt;
}

class LabelKeyInvalid final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("LABEL")) return;
    for (const auto& pair : in.pairs) {
      std::string_view key = unquoted(pair.key);
      if (auto why = problem(key)) {
        ctx.report(pair.key_range, "invalid label key '" + std::string(key) + "': " + *why);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_label_key_invalid() {
  return std::make_unique<LabelKeyInvalid>();
}

}  // namespace distill::rules
