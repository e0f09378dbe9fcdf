// The `*` / `?` wildcard patterns of ${a#pat}, ${a%pat} and ${a/pat/repl}, compiled the way BuildKit does it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::variables {

struct PatternToken {
  enum class Kind { literal, any, star };
  Kind kind = Kind::literal;
  char32_t code = 0;  // for literal
};

// A compiled pattern. Like Go's regexp `.`, `?` and `*` never match a newline.
struct ShellPattern {
  std::vector<PatternToken> tokens;
  bool greedy = true;  // `*` takes the longest (`##`, `%%`, `/`) or the shortest (`#`, `%`) run
};

// Backslash (always `\`, whatever the Dockerfile escape character) escapes `*`, `?` and `\`; before `}` or
// `/` it is dropped; before anything else it is an error. On error returns nullopt and sets `error` to the
// message.
std::optional<ShellPattern> compile_shell_pattern(std::string_view pattern, bool greedy, std::string& error);

// Reverses a pattern by runes while keeping each `\x` pair in order, so a suffix match becomes a prefix
// match.
std::string reverse_shell_pattern(std::string_view pattern);

}  // namespace distill::syntax::variables
