// Finds heredoc markers (`<<EOF`, `<<-'EOF'`, `3<<EOF`) on an instruction line the way BuildKit does.
#include "syntax/buildkit/heredoc.h"

#include <algorithm>
#include <cstdint>

#include "syntax/buildkit/shell_words.h"

namespace distill::syntax::buildkit {

namespace {

bool is_re_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}  // RE2 \s

std::size_t count_quotes(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\'') + std::count(s.begin(), s.end(), '"'));
}

}  // namespace

core::Result<std::optional<Heredoc>> parse_heredoc(std::string_view word) {
  std::size_t pos = 0;
  while (pos < word.size() && word[pos] >= '0' && word[pos] <= '9') ++pos;
  if (word.substr(pos, 2) != "<<") return std::optional<Heredoc>{};
  const std::string_view digits = word.substr(0, pos);
  pos += 2;
  const bool chomp = pos < word.size() && word[pos] == '-';
  if (chomp) ++pos;
  while (pos < word.size() && is_re_space(word[pos])) ++pos;
  const std::string_view rest = word.substr(pos);
  if (rest.find('<') != std::string_view::npos || rest.empty()) return std::optional<Heredoc>{};

  // Lex the tail with and without its quotes: if quoting removed any quote character, part of the word
  // was quoted and the content must not be expanded. Escaped quotes survive both ways and cancel out.
  core::Result<std::vector<std::string>> words = shell_words(rest, ShellWordOptions{false, false});
  if (!words) return words.error();
  if (words->size() != 1) return std::optional<Heredoc>{};
  core::Result<std::vector<std::string>> raw = shell_words(rest, ShellWordOptions{true, false});
  if (!raw) return raw.error();
  if (raw->size() != words->size()) {
    return core::Error{"internal lexing of heredoc produced inconsistent results: " + std::string(rest), "",
                       0, 0};
  }

  Heredoc doc;
  doc.name = (*words)[0];
  doc.expand = count_quotes((*words)[0]) == count_quotes((*raw)[0]);
  doc.chomp = chomp;
  // BuildKit ignores strconv.ParseUint's error: no digits give 0, too many give the largest uint64.
  uint64_t fd = 0;
  for (char c : digits) {
    const auto d = static_cast<uint64_t>(c - '0');
    if (fd > (UINT64_MAX - d) / 10) {
      fd = UINT64_MAX;
      break;
    }
    fd = fd * 10 + d;
  }
  doc.file_descriptor = fd;
  return std::optional<Heredoc>{std::move(doc)};
}

core::Result<std::vector<Heredoc>> heredocs_from_line(std::string_view line) {
  std::vector<Heredoc> docs;
  core::Result<std::vector<std::string>> words = shell_words(line, ShellWordOptions{true, true});
  if (!words) return docs;  // BuildKit ignores the lexing error: no heredocs
  for (const std::string& word : *words) {
    core::Result<std::optional<Heredoc>> doc = parse_heredoc(word);
    if (!doc) return doc.error();
    if (doc->has_value()) docs.push_back(std::move(**doc));
  }
  return docs;
}

std::string chomp_heredoc_content(std::string_view content) {
  std::string out;
  out.reserve(content.size());
  bool line_start = true;
  for (char c : content) {
    if (line_start && c == '\t') continue;
    line_start = c == '\n';
    out.push_back(c);
  }
  return out;
}

}  // namespace distill::syntax::buildkit
