// DL3052: a label typed `url` in the configured `label-schema` whose value is not an absolute URL (RFC 3986),
// so tools that link to the source or documentation of the image get nothing usable.
#include <cctype>
#include <string_view>

#include "lint/rule_api.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3052",
                         .slug = "label-not-url",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}
bool is_unreserved(char c) {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}
bool is_sub_delim(char c) {
  return std::string_view("!$&'()*+,;=").find(c) != std::string_view::npos;
}

// Every character of `text` is unreserved, a sub-delim, a %XX escape or one of `extra`.
bool all_of(std::string_view text, std::string_view extra) {
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size() || !is_hex(text[i + 1]) || !is_hex(text[i + 2])) return false;
      i += 2;
    } else if (!is_unreserved(c) && !is_sub_delim(c) && extra.find(c) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// host = "[" IPv6 or IPvFuture "]" / reg-name (which covers IPv4); port = *DIGIT.
bool valid_authority(std::string_view authority) {
  if (auto at = authority.find('@'); at != std::string_view::npos) {
    if (!all_of(authority.substr(0, at), ":")) return false;
    authority.remove_prefix(at + 1);
  }
  std::string_view port;
  if (!authority.empty() && authority.front() == '[') {
    auto close = authority.find(']');
    if (close == std::string_view::npos) return false;
    std::string_view literal = authority.substr(1, close - 1);
    if (literal.empty()) return false;
    if (literal.front() == 'v' || literal.front() == 'V') {
      auto dot = literal.find('.');
      if (dot == std::string_view::npos || dot < 2 || dot + 1 == literal.size()) return false;
      for (char c : literal.substr(1, dot - 1)) {
        if (!is_hex(c)) return false;
      }
      if (!all_of(literal.substr(dot + 1), ":") || literal.find('%') != std::string_view::npos) return false;
    } else {
      for (char c : literal) {
        if (!is_hex(c) && c != ':' && c != '.') return false;
      }
      if (literal.find(':') == std::string_view::npos) return false;
    }
    std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return false;
    port = rest;
  } else {
    auto colon = authority.find(':');
    if (!all_of(authority.substr(0, colon), "")) return false;
    if (colon != std::string_view::npos) port = authority.substr(colon);
  }
  for (size_t i = 1; i < port.size(); ++i) {
    if (!is_digit(port[i])) return false;
  }
  return true;
}

// An absolute URI as RFC 3986 defines it: scheme ":" hier-part [ "?" query ] [ "#" fragment ].
bool is_url(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || !is_alpha(text[0])) return false;
  for (char c : text.substr(0, colon)) {
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  std::string_view rest = text.substr(colon + 1);
  std::string_view fragment, query;
  bool has_fragment = false, has_query = false;
  if (auto hash = rest.find('#'); hash != std::string_view::npos) {
    fragment = rest.substr(hash + 1), rest = rest.substr(0, hash), has_fragment = true;
  }
  if (auto question = rest.find('?'); question != std::string_view::npos) {
    query = rest.substr(question + 1), rest = rest.substr(0, question), has_query = true;
  }
  if (has_fragment && !all_of(fragment, ":@/?")) return false;
  if (has_query && !all_of(query, ":@/?")) return false;
  if (rest.starts_with("//")) {
    rest.remove_prefix(2);
    auto slash = rest.find('/');
    if (!valid_authority(rest.substr(0, slash))) return false;
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
  }
  return all_of(rest, ":@/");
}

void check(const Instruction& in, Context& ctx) {
  labels::check_values(in, ctx, "url", is_url, "not a valid URL");
}

}  // namespace

std::unique_ptr<Rule> make_label_not_url() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
