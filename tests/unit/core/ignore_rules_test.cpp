// Ignore patterns in both readings: the directory walk's (.gitignore-like) and BuildKit's .dockerignore.
#include <catch2/catch.hpp>

#include "core/ignore_rules.h"

using distill::core::glob_match;
using distill::core::IgnoreRules;

TEST_CASE("glob: * and ? stay within a component, ** crosses any number of them") {
  CHECK(glob_match("*.go", "main.go"));
  CHECK_FALSE(glob_match("*.go", "cmd/main.go"));
  CHECK(glob_match("*/tmp/*", "a/tmp/b"));
  CHECK_FALSE(glob_match("*/tmp/*", "tmp/b"));
  CHECK(glob_match("**/*.go", "main.go"));
  CHECK(glob_match("**/*.go", "a/b/main.go"));
  CHECK(glob_match("a/**/b", "a/b"));
  CHECK(glob_match("a/**/b", "a/x/y/b"));
  CHECK_FALSE(glob_match("a/**/b", "ab"));
  CHECK(glob_match("dir/**", "dir/x/y"));
  CHECK(glob_match("**", "anything/at/all"));
  CHECK(glob_match("fil?.txt", "file.txt"));
  CHECK_FALSE(glob_match("a?b", "a/b"));
  CHECK(glob_match("[a-c]x", "bx"));
  CHECK_FALSE(glob_match("[!a-c]x", "bx"));
  CHECK(glob_match("[^a-c]x", "dx"));
  CHECK(glob_match("\\*x", "*x"));
  CHECK_FALSE(glob_match("\\*x", "ax"));
  CHECK(glob_match("[x", "[x"));
}

TEST_CASE("gitignore reading: slash-less patterns match at any depth, dir/ only directories") {
  IgnoreRules rules;
  rules.add_text("vendor/\n*.log\n!keep.log\n/build\n# comment\n");
  CHECK(rules.ignored("vendor", true));
  CHECK(rules.ignored("src/vendor", true));
  CHECK_FALSE(rules.ignored("vendor", false));
  CHECK(rules.ignored("a/b/x.log", false));
  CHECK_FALSE(rules.ignored("a/keep.log", false));
  CHECK(rules.ignored("build", true));
  CHECK_FALSE(rules.ignored("src/build", true));
}

TEST_CASE("dockerignore reading: anchored at the context root, parents count, last match decides") {
  IgnoreRules rules(IgnoreRules::Syntax::kDockerignore);
  rules.add_text(
      "\xEF\xBB\xBF# comment\n  node_modules  \n/dist/\n./docs/../tmp\n*.md\n!README.md\n**/*.pyc\n");
  REQUIRE(rules.patterns().size() == 6);
  CHECK(rules.patterns()[1].glob == "dist");
  CHECK(rules.patterns()[2].glob == "tmp");
  CHECK(rules.ignored("node_modules", true));
  CHECK(rules.ignored("node_modules/x/index.js", false));
  CHECK_FALSE(rules.ignored("web/node_modules", true));  // unlike .gitignore, not at any depth
  CHECK(rules.ignored("dist", false));                   // "dist/" is not limited to directories
  CHECK(rules.ignored("dist/app.js", false));
  CHECK(rules.ignored("tmp/a", false));
  CHECK(rules.ignored("CHANGELOG.md", false));
  CHECK_FALSE(rules.ignored("docs/guide.md", false));
  CHECK_FALSE(rules.ignored("README.md", false));
  CHECK(rules.ignored("a/b/c.pyc", false));
  CHECK(rules.ignored("c.pyc", false));
  const auto* deciding = rules.deciding_pattern("README.md", false);
  REQUIRE(deciding != nullptr);
  CHECK(deciding->negated);
  CHECK(rules.deciding_pattern("src/main.go", false) == nullptr);
}
