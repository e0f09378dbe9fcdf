// fnmatch does the globbing; this file decides what each pattern is matched against.
#include "cli/ignore_rules.h"

#include <fnmatch.h>

#include <fstream>

namespace distill::cli {

void IgnoreRules::add_file(const std::string& path, const std::string& base) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) add_pattern(line, base);
}

void IgnoreRules::add_pattern(std::string_view text, const std::string& base) {
  while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty() || text.front() == '#') return;
  Pattern p;
  p.base = base;
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

bool IgnoreRules::ignored(const std::string& relative, bool is_directory) const {
  bool result = false;
  for (const Pattern& p : patterns_) {
    if (p.directory_only && !is_directory) continue;
    std::string_view path = relative;
    if (!p.base.empty()) {
      if (path.substr(0, p.base.size() + 1) != p.base + "/") continue;
      path.remove_prefix(p.base.size() + 1);
    }
    std::string subject(path);
    if (!p.anchored) {
      auto slash = subject.rfind('/');
      if (slash != std::string::npos) subject = subject.substr(slash + 1);
    }
    // "**" matches across directories: FNM_PATHNAME off lets '*' cross '/', which is what "**/" means.
    int flags = p.glob.find("**") == std::string::npos ? FNM_PATHNAME : 0;
    if (fnmatch(p.glob.c_str(), subject.c_str(), flags) == 0) result = !p.negated;
  }
  return result;
}

}  // namespace distill::cli
