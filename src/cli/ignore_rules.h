// A small reading of .gitignore/.dockerignore patterns (globs, "dir/", "/anchored", "!negation", "**"),
// enough to keep a directory walk out of build outputs and vendored trees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::cli {

class IgnoreRules {
 public:
  // Adds the patterns of an ignore file that lives in `base` (a path relative to the walk root, "" for root).
  void add_file(const std::string& path, const std::string& base);
  void add_pattern(std::string_view pattern, const std::string& base);
  // Whether `relative` (to the walk root, '/'-separated) is ignored.
  bool ignored(const std::string& relative, bool is_directory) const;

 private:
  struct Pattern {
    std::string glob;
    std::string base;
    bool negated = false;
    bool directory_only = false;
    bool anchored = false;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace distill::cli
