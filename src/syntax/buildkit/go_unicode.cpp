// Go's UTF-8 decoding and unicode predicates, so byte-level quirks of BuildKit's parser reproduce exactly.
#include "syntax/buildkit/go_unicode.h"

#include <algorithm>

#include "syntax/buildkit/unicode_tables.h"

namespace distill::syntax::buildkit {

namespace {

bool in_ranges(const CodeRange* ranges, std::size_t size, char32_t r) {
  const CodeRange* end = ranges + size;
  const CodeRange* it = std::upper_bound(ranges, end, static_cast<uint32_t>(r),
                                         [](uint32_t v, const CodeRange& cr) { return v < cr.lo; });
  if (it == ranges) return false;
  --it;
  return r >= it->lo && r <= it->hi;
}

bool is_continuation(unsigned char c, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
  return c >= lo && c <= hi;
}

}  // namespace

DecodedRune decode_rune(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return {rune_error, 0};
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const std::size_t n = s.size() - pos;
  const unsigned char c0 = p[0];
  if (c0 < 0x80) return {c0, 1};
  // The second byte's allowed range rules out overlong forms, surrogates and values above U+10FFFF,
  // exactly as Go's acceptRanges table does.
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (n >= 2 && is_continuation(p[1])) return {static_cast<char32_t>((c0 & 0x1F) << 6 | (p[1] & 0x3F)), 2};
    return {rune_error, 1};
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    unsigned char lo = 0x80, hi = 0xBF;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
    if (n >= 3 && is_continuation(p[1], lo, hi) && is_continuation(p[2])) {
      return {static_cast<char32_t>((c0 & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F)), 3};
    }
    return {rune_error, 1};
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    unsigned char lo = 0x80, hi = 0xBF;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
    if (n >= 4 && is_continuation(p[1], lo, hi) && is_continuation(p[2]) && is_continuation(p[3])) {
      return {
          static_cast<char32_t>((c0 & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F)),
          4};
    }
    return {rune_error, 1};
  }
  return {rune_error, 1};
}

void append_rune(std::string& out, char32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = rune_error;
  if (r < 0x80) {
    out.push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (r >> 6)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (r >> 12)));
    out.push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (r >> 18)));
    out.push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

bool is_space(char32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

bool is_print(char32_t r) {
  return in_ranges(print_ranges, print_ranges_size, r);
}
bool is_letter(char32_t r) {
  return in_ranges(letter_ranges, letter_ranges_size, r);
}
bool is_digit(char32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return in_ranges(digit_ranges, digit_ranges_size, r);
}

char32_t to_lower(char32_t r) {
  if (r < 0x80) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
  const CaseMapping* end = lower_mappings + lower_mappings_size;
  const CaseMapping* it = std::lower_bound(lower_mappings, end, static_cast<uint32_t>(r),
                                           [](const CaseMapping& m, uint32_t v) { return m.from < v; });
  return (it != end && it->from == r) ? static_cast<char32_t>(it->to) : r;
}

std::string go_to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    auto [r, w] = decode_rune(s, pos);
    append_rune(out, to_lower(r));
    pos += w;
  }
  return out;
}

std::string_view trim_left_space(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    auto [r, w] = decode_rune(s, pos);
    if (!is_space(r)) break;
    pos += w;
  }
  return s.substr(pos);
}

std::string_view trim_space(std::string_view s) {
  s = trim_left_space(s);
  // Walk back over whole runes: find the start of each trailing rune by skipping continuation bytes.
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    auto [r, w] = decode_rune(s, start);
    if (start + w != end) {  // not a whole rune ending here: an invalid byte, which is never space
      break;
    }
    if (!is_space(r)) break;
    end = start;
  }
  return s.substr(0, end);
}

}  // namespace distill::syntax::buildkit
