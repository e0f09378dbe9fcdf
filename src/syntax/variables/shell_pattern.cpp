// Pattern compilation mirrors BuildKit's shell-pattern-to-regexp conversion, including its error cases.
#include "syntax/variables/shell_pattern.h"

#include <algorithm>

#include "syntax/variables/utf8.h"

namespace distill::syntax::variables {
namespace {

// Go's text/scanner drops a byte-order mark at the very start; BuildKit reads patterns through one.
size_t skip_bom(std::string_view text) {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

}  // namespace

std::optional<ShellPattern> compile_shell_pattern(std::string_view pattern, bool greedy, std::string& error) {
  ShellPattern out;
  out.greedy = greedy;
  size_t pos = skip_bom(pattern);
  while (pos < pattern.size()) {
    const Rune r = decode_rune(pattern, pos);
    pos += r.width;
    if (r.code == '*') {
      out.tokens.push_back({PatternToken::Kind::star, 0});
      continue;
    }
    if (r.code == '?') {
      out.tokens.push_back({PatternToken::Kind::any, 0});
      continue;
    }
    if (r.code == '\\') {
      const Rune next = decode_rune(pattern, pos);
      if (next.width != 0 && (next.code == '}' || next.code == '/'))
        continue;  // the `}` or `/` is literal next
      pos += next.width;
      if (next.width == 0 || (next.code != '*' && next.code != '?' && next.code != '\\')) {
        error = "invalid escape '\\";
        append_rune(error, next.width == 0 ? kReplacementChar : next.code);
        error += "'";
        return std::nullopt;
      }
      out.tokens.push_back({PatternToken::Kind::literal, next.code});
      continue;
    }
    out.tokens.push_back({PatternToken::Kind::literal, r.code});
  }
  return out;
}

std::string reverse_shell_pattern(std::string_view pattern) {
  std::vector<char32_t> runes;
  for (size_t i = 0; i < pattern.size();) {
    const Rune r = decode_rune(pattern, i);
    runes.push_back(r.code);
    i += r.width;
  }
  std::vector<char32_t> reversed(runes.size());
  const size_t last = runes.empty() ? 0 : runes.size() - 1;
  for (size_t i = 0; i < runes.size();) {
    const size_t out_index = last - i;
    if (runes[i] == '\\' && i != last) {
      reversed[out_index - 1] = '\\';
      reversed[out_index] = runes[i + 1];
      i += 2;
    } else {
      reversed[out_index] = runes[i];
      ++i;
    }
  }
  std::string out;
  for (char32_t c : reversed) append_rune(out, c);
  return out;
}

}  // namespace distill::syntax::variables
