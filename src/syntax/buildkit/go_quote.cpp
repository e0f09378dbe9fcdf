// Go's strconv.Quote and fmt's %q of a []string, the two encodings BuildKit's Node.Dump prints.
#include "syntax/buildkit/go_quote.h"

#include "syntax/buildkit/go_unicode.h"

namespace distill::syntax::buildkit {

namespace {

void append_hex(std::string& out, char prefix, uint32_t value, int digits) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('\\');
  out.push_back(prefix);
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(hex[(value >> shift) & 0xF]);
}

}  // namespace

std::string go_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (std::size_t pos = 0; pos < s.size();) {
    auto [r, w] = decode_rune(s, pos);
    if (w == 1 && r == rune_error) {
      append_hex(out, 'x', static_cast<unsigned char>(s[pos]), 2);
      pos += w;
      continue;
    }
    pos += w;
    if (r == '"' || r == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(r));
    } else if (is_print(r)) {
      append_rune(out, r);
    } else {
      switch (r) {
        case '\a':
          out += "\\a";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\v':
          out += "\\v";
          break;
        default:
          if (r < ' ' || r == 0x7F) {
            append_hex(out, 'x', r, 2);
          } else if (r < 0x10000) {
            append_hex(out, 'u', r, 4);
          } else {
            append_hex(out, 'U', r, 8);
          }
      }
    }
  }
  out.push_back('"');
  return out;
}

std::string go_quote_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(' ');
    out += go_quote(items[i]);
  }
  out.push_back(']');
  return out;
}

}  // namespace distill::syntax::buildkit
