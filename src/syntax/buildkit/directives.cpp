// Recognises parser directives (`# syntax=`, `# escape=`, `# check=`) with BuildKit's section rules.
#include "syntax/buildkit/directives.h"

#include "syntax/buildkit/go_unicode.h"

namespace distill::syntax::buildkit {

namespace {

bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_alnum(char c) {
  return is_ascii_alpha(c) || (c >= '0' && c <= '9');
}
bool is_re_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}  // RE2 \s

// `^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`, worked out by hand: the value is the text after '=' without
// surrounding \s; when that text is nothing but \s, the lazy group still takes its last character.
bool match_directive(std::string_view s, std::string& name, std::string& value) {
  if (s.empty() || !is_ascii_alpha(s[0])) return false;
  std::size_t pos = 1;
  while (pos < s.size() && is_ascii_alnum(s[pos])) ++pos;
  name.assign(s.substr(0, pos));
  while (pos < s.size() && is_re_space(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return false;
  std::string_view rest = s.substr(pos + 1);
  if (rest.empty()) return false;
  std::size_t begin = 0;
  while (begin < rest.size() && is_re_space(rest[begin])) ++begin;
  std::size_t end = rest.size();
  while (end > begin && is_re_space(rest[end - 1])) --end;
  if (begin == end) {
    value.assign(rest.substr(rest.size() - 1));
  } else {
    value.assign(rest.substr(begin, end - begin));
  }
  return true;
}

}  // namespace

core::Result<std::optional<Directive>> DirectiveParser::parse_line(std::string_view line) {
  ++line_;
  if (done_) return std::optional<Directive>{};
  if (line.empty() || line[0] != '#') {
    done_ = true;
    return std::optional<Directive>{};
  }
  std::string name, value;
  if (!match_directive(trim_left_space(line.substr(1)), name, value)) {
    done_ = true;
    return std::optional<Directive>{};
  }
  for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (name != "syntax" && name != "escape" && name != "check") {
    done_ = true;
    return std::optional<Directive>{};
  }
  if (!seen_.insert(name).second) {
    return core::Error{"only one " + name + " parser directive can be used", "", line_, 0};
  }
  return std::optional<Directive>{Directive{name, value, line_}};
}

}  // namespace distill::syntax::buildkit
