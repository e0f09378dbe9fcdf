// Go's UTF-8 decoding and unicode predicates, so byte-level quirks of BuildKit's parser reproduce exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace distill::syntax::buildkit {

inline constexpr char32_t rune_error = 0xFFFD;

struct DecodedRune {
  char32_t rune;
  std::size_t width;  // 0 only for empty input
};

// As Go's utf8.DecodeRuneInString: an invalid or truncated sequence decodes to U+FFFD with width 1.
DecodedRune decode_rune(std::string_view s, std::size_t pos);

// As Go's utf8.EncodeRune / strings.Builder.WriteRune (invalid runes become U+FFFD).
void append_rune(std::string& out, char32_t r);

bool is_space(char32_t r);      // unicode.IsSpace
bool is_print(char32_t r);      // strconv.IsPrint
bool is_letter(char32_t r);     // unicode.IsLetter
bool is_digit(char32_t r);      // unicode.IsDigit
char32_t to_lower(char32_t r);  // unicode.ToLower (simple case mapping)

// strings.ToLower: maps every rune; invalid bytes come out as U+FFFD, as Go's strings.Map writes them.
std::string go_to_lower(std::string_view s);
// strings.TrimSpace / bytes.TrimLeftFunc(unicode.IsSpace).
std::string_view trim_space(std::string_view s);
std::string_view trim_left_space(std::string_view s);

}  // namespace distill::syntax::buildkit
