// Patterns are cleaned as each tool cleans them, then one glob matcher decides what matches what.
#include "core/ignore_rules.h"

#include <fstream>
#include <sstream>

#include "core/text.h"

namespace distill::core {
namespace {

// A character class at pattern[0] == '['; sets `length` to its size in the pattern. An unterminated class
// matches a literal '['.
bool class_matches(std::string_view pattern, char c, size_t& length) {
  size_t i = 1;
  bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negated) ++i;
  bool found = false;
  bool first = true;
  for (; i < pattern.size() && (first || pattern[i] != ']'); first = false) {
    char low = pattern[i] == '\\' && i + 1 < pattern.size() ? pattern[++i] : pattern[i];
    ++i;
    char high = low;
    if (i + 1 < pattern.size() && pattern[i] == '-' && pattern[i + 1] != ']') {
      high = pattern[i + 1] == '\\' && i + 2 < pattern.size() ? pattern[i + 2] : pattern[i + 1];
      i += pattern[i + 1] == '\\' ? 3 : 2;
    }
    if (low <= c && c <= high) found = true;
  }
  if (i >= pattern.size()) {
    length = 1;
    return c == '[';
  }
  length = i + 1;
  return found != negated && c != '/';
}

// Docker's cleaning of a .dockerignore line (Go's filepath.Clean, then no leading '/').
std::string clean_path(std::string_view path) {
  bool rooted = !path.empty() && path.front() == '/';
  std::vector<std::string_view> parts;
  for (std::string_view part : split(path, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == ".." && !parts.empty() && parts.back() != "..") {
      parts.pop_back();
    } else if (part != ".." || !rooted) {
      parts.push_back(part);
    }
  }
  std::string out = rooted ? "/" : "";
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? "/" : "") + std::string(parts[i]);
  if (out.empty()) return ".";
  if (out.size() > 1 && out.front() == '/') out.erase(0, 1);
  return out;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  while (!pattern.empty()) {
    char p = pattern.front();
    if (p == '*' && pattern.substr(0, 2) == "**") {
      std::string_view rest = pattern.substr(2);
      if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
      if (rest.empty()) return true;
      // Zero or more whole directories: try the rest at the start and after every '/'.
      for (size_t i = 0; i <= path.size(); ++i) {
        if ((i == 0 || path[i - 1] == '/') && glob_match(rest, path.substr(i))) return true;
      }
      return false;
    }
    if (p == '*') {
      for (size_t i = 0; i <= path.size(); ++i) {
        if (glob_match(pattern.substr(1), path.substr(i))) return true;
        if (i < path.size() && path[i] == '/') break;
      }
      return false;
    }
    if (path.empty()) return false;
    size_t length = 1;
    if (p == '?') {
      if (path.front() == '/') return false;
    } else if (p == '[') {
      if (!class_matches(pattern, path.front(), length)) return false;
    } else if (p == '\\' && pattern.size() > 1) {
      if (pattern[1] != path.front()) return false;
      length = 2;
    } else if (p != path.front()) {
      return false;
    }
    pattern.remove_prefix(length);
    path.remove_prefix(1);
  }
  return path.empty();
}

void IgnoreRules::add_file(const std::string& path, const std::string& base) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  add_text(text.str(), base);
}

void IgnoreRules::add_text(std::string_view text, const std::string& base) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  for (std::string_view line : split(text, '\n')) add_pattern(line, base);
}

void IgnoreRules::add_pattern(std::string_view text, const std::string& base) {
  Pattern p;
  p.base = base;
  if (syntax_ == Syntax::kDockerignore) {
    if (text.empty() || text.front() == '#') return;
    text = trim(text);
    if (!text.empty() && text.front() == '!') {
      p.negated = true;
      text = trim(text.substr(1));
    }
    if (text.empty()) return;
    p.glob = clean_path(text);
    p.anchored = true;
    patterns_.push_back(std::move(p));
    return;
  }
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty() || text.front() == '#') return;
  if (text.front() == '!') {
    p.negated = true;
    text.remove_prefix(1);
  }
  if (!text.empty() && text.back() == '/') {
    p.directory_only = true;
    text.remove_suffix(1);
  }
  if (!text.empty() && text.front() == '/') {
    p.anchored = true;
    text.remove_prefix(1);
  }
  if (text.find('/') != std::string_view::npos) p.anchored = true;
  if (text.empty()) return;
  p.glob = std::string(text);
  patterns_.push_back(std::move(p));
}

bool IgnoreRules::matches(const Pattern& p, std::string_view relative, bool is_directory) const {
  if (p.directory_only && !is_directory) return false;
  std::string_view path = relative;
  if (!p.base.empty()) {
    if (path.substr(0, p.base.size() + 1) != p.base + "/") return false;
    path.remove_prefix(p.base.size() + 1);
  }
  if (!p.anchored) {
    auto slash = path.rfind('/');
    if (slash != std::string_view::npos) path = path.substr(slash + 1);
  }
  if (glob_match(p.glob, path)) return true;
  if (syntax_ != Syntax::kDockerignore) return false;
  // Docker excludes everything below an excluded directory: try each parent directory too.
  for (size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
    if (glob_match(p.glob, path.substr(0, slash))) return true;
  }
  return false;
}

const IgnoreRules::Pattern* IgnoreRules::deciding_pattern(const std::string& relative,
                                                          bool is_directory) const {
  const Pattern* decided = nullptr;
  for (const Pattern& p : patterns_) {
    if (matches(p, relative, is_directory)) decided = &p;
  }
  return decided;
}

bool IgnoreRules::ignored(const std::string& relative, bool is_directory) const {
  const Pattern* decided = deciding_pattern(relative, is_directory);
  return decided != nullptr && !decided->negated;
}

}  // namespace distill::core
