// Decodes and encodes UTF-8 the way Go does (an invalid byte is one U+FFFD), because BuildKit's lexer sees
// runes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace distill::syntax::variables {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct Rune {
  char32_t code = 0;
  uint32_t width = 0;  // bytes consumed; 0 only at the end of the text
};

// The rune starting at `offset`; an invalid or truncated sequence yields {U+FFFD, 1}.
Rune decode_rune(std::string_view text, size_t offset);

void append_rune(std::string& out, char32_t code);

// Go's string([]rune(s)) reversed: invalid bytes come back as U+FFFD, as BuildKit's `%` trimming does.
std::string reverse_runes(std::string_view text);

}  // namespace distill::syntax::variables
