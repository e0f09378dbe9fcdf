// Dockerfiles are small (hundreds of lines), so the quadratic LCS table is cheap and the output is the
// minimal diff, which a reviewer reads more easily than a greedy one.
#include "core/line_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace distill::core {

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size() - 1;
    lines.push_back(text.substr(at, end - at + 1));
    at = end + 1;
  }
  return lines;
}

struct Op {
  char kind;  // ' ', '-', '+'
  std::string_view line;
  size_t old_line;
  size_t new_line;
};

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, const std::string& path,
                         int context) {
  if (before == after) return "";
  auto a = split_lines(before);
  auto b = split_lines(after);
  size_t n = a.size(), m = b.size();
  std::vector<std::vector<uint32_t>> lcs(n + 1, std::vector<uint32_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<Op> ops;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      ops.push_back({' ', a[i], i, j});
      ++i, ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removed lines before added ones, as diff(1) and git print a changed line.
      ops.push_back({'-', a[i], i, j});
      ++i;
    } else {
      ops.push_back({'+', b[j], i, j});
      ++j;
    }
  }
  std::string out = fmt::format("--- a/{}\n+++ b/{}\n", path, path);
  size_t k = 0;
  while (k < ops.size()) {
    if (ops[k].kind == ' ') {
      ++k;
      continue;
    }
    size_t span = static_cast<size_t>(context);
    size_t start = k - std::min(k, span);
    // A hunk takes in the next change when the unchanged run between them is at most 2 * context lines.
    size_t last = k;
    size_t x = k + 1;
    while (x < ops.size()) {
      if (ops[x].kind != ' ') {
        last = x++;
        continue;
      }
      size_t run = x;
      while (run < ops.size() && ops[run].kind == ' ') ++run;
      if (run == ops.size() || run - x > 2 * span) break;
      x = run;
    }
    size_t end = std::min(ops.size(), last + 1 + span);
    size_t old_count = 0, new_count = 0;
    for (size_t y = start; y < end; ++y) {
      if (ops[y].kind != '+') ++old_count;
      if (ops[y].kind != '-') ++new_count;
    }
    size_t old_start = ops[start].old_line + (old_count ? 1 : 0);
    size_t new_start = ops[start].new_line + (new_count ? 1 : 0);
    out += fmt::format("@@ -{},{} +{},{} @@\n", old_start, old_count, new_start, new_count);
    for (size_t y = start; y < end; ++y) {
      out += ops[y].kind;
      out += ops[y].line;
      if (!ops[y].line.ends_with('\n')) out += "\n\\ No newline at end of file\n";
    }
    k = end;
  }
  return out;
}

}  // namespace distill::core
