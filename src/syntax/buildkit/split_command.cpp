// Splits an instruction line into keyword, `--flags` and the argument text, as BuildKit's splitCommand does.
#include "syntax/buildkit/split_command.h"

#include "syntax/buildkit/go_unicode.h"
#include "syntax/buildkit/words.h"

namespace distill::syntax::buildkit {

namespace {

// unicode.IsSpace(rune(byte)): the byte read as a Latin-1 code point.
bool is_byte_space(unsigned char c) {
  return is_space(static_cast<char32_t>(c));
}

}  // namespace

void extract_builder_flags(std::string_view line, std::vector<std::string>& flags, std::string& rest) {
  enum class Phase { spaces, word, quote };
  Phase phase = Phase::spaces;
  std::string word;
  char quote = 0;
  bool blank_ok = false;
  const std::size_t len = line.size();
  rest.clear();

  for (std::size_t pos = 0; pos <= len; ++pos) {
    unsigned char ch = pos != len ? static_cast<unsigned char>(line[pos]) : 0;
    if (phase == Phase::spaces) {
      if (pos == len) break;
      if (is_byte_space(ch)) continue;
      if (ch != '-' || pos + 1 == len || line[pos + 1] != '-') {
        rest.assign(line.substr(pos));
        return;
      }
      phase = Phase::word;
    }
    if (pos == len) {
      if (word != "--" && (blank_ok || !word.empty())) flags.push_back(word);
      break;
    }
    if (phase == Phase::word) {
      if (is_byte_space(ch)) {
        phase = Phase::spaces;
        if (word == "--") {
          rest.assign(line.substr(pos));
          return;
        }
        if (blank_ok || !word.empty()) flags.push_back(word);
        word.clear();
        blank_ok = false;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = static_cast<char>(ch);
        blank_ok = true;
        phase = Phase::quote;
        continue;
      }
      if (ch == '\\') {
        if (pos + 1 == len) continue;
        ++pos;
        ch = static_cast<unsigned char>(line[pos]);
      }
      append_rune(word, ch);
      continue;
    }
    // Phase::quote
    if (ch == static_cast<unsigned char>(quote)) {
      phase = Phase::word;
      continue;
    }
    if (ch == '\\') {
      if (pos + 1 == len) {
        phase = Phase::word;
        continue;
      }
      ++pos;
      ch = static_cast<unsigned char>(line[pos]);
    }
    append_rune(word, ch);
  }
}

SplitCommand split_command(std::string_view line) {
  SplitCommand out;
  auto parts = split_whitespace(trim_space(line), 2);
  out.keyword = go_to_lower(parts[0]);
  if (parts.size() == 2) {
    std::string rest;
    extract_builder_flags(parts[1], out.flags, rest);
    out.args = std::string(trim_space(rest));
  }
  return out;
}

}  // namespace distill::syntax::buildkit
