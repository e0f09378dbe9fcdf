// Go-compatible UTF-8 decoding, so byte-level results match BuildKit for valid and invalid input alike.
#include "syntax/variables/utf8.h"

#include <algorithm>
#include <vector>

namespace distill::syntax::variables {

Rune decode_rune(std::string_view text, size_t offset) {
  if (offset >= text.size()) return {0, 0};
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  const unsigned char b0 = byte(0);
  if (b0 < 0x80) return {b0, 1};
  const size_t left = text.size() - offset;
  const Rune bad{kReplacementChar, 1};
  // Second-byte bounds exclude overlong forms, surrogates and code points above U+10FFFF, as Go's decoder
  // does.
  auto continuation = [&](size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) {
    return i < left && byte(i) >= lo && byte(i) <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!continuation(1)) return bad;
    return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (byte(1) & 0x3F)), 2};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;
    if (!continuation(1, lo, hi) || !continuation(2)) return bad;
    return {static_cast<char32_t>(((b0 & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F)), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (!continuation(1, lo, hi) || !continuation(2) || !continuation(3)) return bad;
    return {static_cast<char32_t>(((b0 & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
                                  (byte(3) & 0x3F)),
            4};
  }
  return bad;
}

void append_rune(std::string& out, char32_t code) {
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = kReplacementChar;
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

std::string reverse_runes(std::string_view text) {
  std::vector<char32_t> runes;
  runes.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const Rune r = decode_rune(text, i);
    runes.push_back(r.code);
    i += r.width;
  }
  std::reverse(runes.begin(), runes.end());
  std::string out;
  out.reserve(text.size());
  for (char32_t c : runes) append_rune(out, c);
  return out;
}

}  // namespace distill::syntax::variables
