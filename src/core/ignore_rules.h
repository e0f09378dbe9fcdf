// One reading of ignore files for the whole tool: .gitignore/.dockerignore patterns for the directory walk
// (globs, "dir/", "/anchored", "!negation", "**"), and .dockerignore exactly as BuildKit reads the build
// context's, for the rules that compare COPY sources with it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::core {

// `*` and `?` match within one path component, `**` any number of components (`a/**/b`, `**/x`, `dir/**`),
// `[...]` a character class (`!` or `^` negates), `\` escapes the next character.
bool glob_match(std::string_view pattern, std::string_view path);

class IgnoreRules {
 public:
  enum class Syntax {
    kGitignore,    // a pattern without '/' matches a name at any depth; "dir/" matches directories only
    kDockerignore  // Docker's: every pattern is relative to the context root and a path is excluded when it
                   // or one of its parent directories matches
  };
  struct Pattern {
    std::string glob;
    std::string base;  // the directory the ignore file lives in, relative to the walk root
    bool negated = false;
    bool directory_only = false;
    bool anchored = false;
  };

  explicit IgnoreRules(Syntax syntax = Syntax::kGitignore) : syntax_(syntax) {}

  // Adds the patterns of an ignore file on disk that lives in `base` (relative to the walk root, "" for
  // root).
  void add_file(const std::string& path, const std::string& base);
  // Adds every line of an ignore file's content.
  void add_text(std::string_view text, const std::string& base = "");
  void add_pattern(std::string_view pattern, const std::string& base);
  // Whether `relative` (to the walk root, '/'-separated) is ignored.
  bool ignored(const std::string& relative, bool is_directory) const;
  // The pattern that decides about `relative`: the last one that matches it; nullptr when none does.
  const Pattern* deciding_pattern(const std::string& relative, bool is_directory) const;
  const std::vector<Pattern>& patterns() const { return patterns_; }

 private:
  bool matches(const Pattern& p, std::string_view relative, bool is_directory) const;

  Syntax syntax_;
  std::vector<Pattern> patterns_;
};

}  // namespace distill::core
