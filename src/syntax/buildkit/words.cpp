// The word splitters BuildKit's line parsers share: quote-aware words, and splitting on ASCII whitespace
// runs.
#include "syntax/buildkit/words.h"

#include "syntax/buildkit/go_unicode.h"

namespace distill::syntax::buildkit {

namespace {

bool is_ascii_blank(char c) {
  return c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == ' ';
}

}  // namespace

std::vector<std::string> parse_words(std::string_view rest, char escape) {
  enum class Phase { spaces, word, quote };
  std::vector<std::string> words;
  Phase phase = Phase::spaces;
  char32_t quote = 0;
  bool blank_ok = false;  // a quoted empty string still counts as a word
  std::string word;
  const char32_t esc = static_cast<unsigned char>(escape);
  const std::size_t len = rest.size();

  std::size_t pos = 0;
  char32_t ch = 0;
  std::size_t width = 0;
  auto flush = [&] {
    if (blank_ok || !word.empty()) words.push_back(word);
  };
  while (pos <= len) {
    if (pos != len) {
      auto d = decode_rune(rest, pos);
      ch = d.rune;
      width = d.width;
    }
    if (phase == Phase::spaces) {
      if (pos == len) break;
      if (is_space(ch)) {
        pos += width;
        continue;
      }
      phase = Phase::word;
    }
    if (pos == len) {
      flush();
      break;
    }
    if (phase == Phase::word) {
      if (is_space(ch)) {
        phase = Phase::spaces;
        flush();
        word.clear();
        blank_ok = false;
        pos += width;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        blank_ok = true;
        phase = Phase::quote;
      }
      if (ch == esc) {
        if (pos + width == len) {
          pos += width;
          continue;  // an escape at the very end is dropped
        }
        // Outside quotes an escape and the next character both stay, even when that character is a quote.
        append_rune(word, ch);
        pos += width;
        auto d = decode_rune(rest, pos);
        ch = d.rune;
        width = d.width;
      }
      append_rune(word, ch);
      pos += width;
      continue;
    }
    // Phase::quote
    if (ch == quote) phase = Phase::word;
    if (ch == esc && quote != '\'') {  // single quotes escape nothing
      if (pos + width == len) {
        phase = Phase::word;
        pos += width;
        continue;
      }
      pos += width;
      append_rune(word, ch);
      auto d = decode_rune(rest, pos);
      ch = d.rune;
      width = d.width;
    }
    append_rune(word, ch);
    pos += width;
  }
  return words;
}

std::vector<std::string> split_whitespace(std::string_view s, int limit) {
  std::vector<std::string> out;
  if (limit == 0) return out;
  if (s.empty()) return {std::string()};
  std::size_t beg = 0;
  std::size_t last_match_start = 0;
  bool any_match = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (!is_ascii_blank(s[pos])) {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < s.size() && is_ascii_blank(s[end])) ++end;
    if (limit > 0 && out.size() == static_cast<std::size_t>(limit - 1)) break;
    any_match = true;
    last_match_start = pos;
    out.emplace_back(s.substr(beg, pos - beg));
    beg = end;
    pos = end;
  }
  // Go appends the tail unless the last match started at the very end (impossible for a non-empty match).
  if (!any_match || last_match_start != s.size()) out.emplace_back(s.substr(beg));
  return out;
}

}  // namespace distill::syntax::buildkit
