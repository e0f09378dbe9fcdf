// DL3058: a label typed `email` in the configured `label-schema` whose value is not an email address
// (RFC 5322 addr-spec), so whoever needs to reach the image's maintainer has no address to write to.
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3058",
                         .slug = "label-not-email",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_atom_char(char c) {
  return is_alnum(c) || std::string_view("!#$%&'*+/=?^_`{|}~-").find(c) != std::string_view::npos;
}
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_vchar(char c) {
  return c >= 33 && c <= 126;
}

// A reader over an RFC 5322 address, the way the email-validate library (which hadolint uses) reads one:
// ASCII only, no obsolete syntax, comments and folding white space allowed around words.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool address() {
    if (!local() || !eat('@')) return false;
    size_t start = at_;
    if (!domain_name()) {
      at_ = start;
      if (!domain_literal()) return false;
    }
    return at_ == text_.size();
  }

 private:
  bool at_end() const { return at_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[at_]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++at_;
    return true;
  }

  // Folding white space: blanks, or CRLF followed by blanks.
  bool fws() {
    size_t start = at_;
    for (;;) {
      if (is_blank(peek())) {
        ++at_;
      } else if (text_.substr(at_, 2) == "\r\n" && at_ + 2 < text_.size() && is_blank(text_[at_ + 2])) {
        at_ += 2;
      } else {
        break;
      }
    }
    return at_ > start;
  }

  bool quoted_pair() {
    if (peek() != '\\' || at_ + 1 >= text_.size()) return false;
    char c = text_[at_ + 1];
    if (!is_vchar(c) && !is_blank(c)) return false;
    at_ += 2;
    return true;
  }

  bool comment() {
    size_t start = at_;
    if (!eat('(')) return false;
    for (;;) {
      char c = peek();
      if (c == ')') {
        ++at_;
        return true;
      }
      if ((c >= 33 && c <= 39) || (c >= 42 && c <= 91) || (c >= 93 && c <= 126)) {
        ++at_;
      } else if (!quoted_pair() && !comment() && !fws()) {
        at_ = start;
        return false;
      }
    }
  }

  void cfws() {
    while (comment() || fws()) {
    }
  }

  bool atom() {
    size_t start = at_;
    while (is_atom_char(peek())) ++at_;
    return at_ > start;
  }

  bool quoted_string() {
    size_t start = at_;
    if (!eat('"')) return false;
    for (;;) {
      char c = peek();
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c == 33 || (c >= 35 && c <= 91) || (c >= 93 && c <= 126)) {
        ++at_;
      } else if (!quoted_pair() && !fws()) {
        at_ = start;
        return false;
      }
    }
  }

  // word *("." word), each word an atom or a quoted string with optional comments around it.
  bool local() {
    for (;;) {
      cfws();
      if (!atom() && !quoted_string()) return false;
      cfws();
      if (!eat('.')) return true;
    }
  }

  // label *("." label) ["."]; a label is letters, digits and hyphens, at most 63, not starting or ending with
  // a hyphen; at most 253 characters in all.
  bool domain_name() {
    size_t length = 0;
    for (bool first = true;; first = false) {
      size_t before = at_;
      cfws();
      size_t start = at_;
      if (!is_alnum(peek())) {
        at_ = before;
        if (first) return false;
        break;
      }
      while (is_alnum(peek()) || peek() == '-') ++at_;
      size_t size = at_ - start;
      if (size > 63 || text_[at_ - 1] == '-') {
        at_ = before;
        if (first) return false;
        break;
      }
      cfws();
      length += size + (first ? 0 : 1);
      if (peek() != '.') break;
      ++at_;
      if (at_ == text_.size()) break;  // a trailing dot
    }
    return length <= 253;
  }

  bool domain_literal() {
    cfws();
    if (!eat('[')) return false;
    for (;;) {
      fws();
      char c = peek();
      if (c == ']') break;
      if (!((c >= 33 && c <= 90) || (c >= 94 && c <= 126))) return false;
      while ((peek() >= 33 && peek() <= 90) || (peek() >= 94 && peek() <= 126)) ++at_;
    }
    ++at_;
    cfws();
    return true;
  }

  std::string_view text_;
  size_t at_ = 0;
};

bool is_email(std::string_view text) {
  return Reader(text).address();
}

void check(const Instruction& in, Context& ctx) {
  labels::check_values(in, ctx, "email", is_email, "not an email address");
}

}  // namespace

std::unique_ptr<Rule> make_label_not_email() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
