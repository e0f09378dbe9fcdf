// ${a#pat}, ${a##pat}, ${a%pat}, ${a%%pat}, ${a/pat/repl} and ${a//pat/repl} with BuildKit's pattern rules.
#include <catch2/catch.hpp>

#include "env_fixture.h"

using namespace distill::syntax::variables;
using namespace distill::syntax::variables::testing;

TEST_CASE("# and ## trim the shortest and longest prefix", "[variables][patterns]") {
  const Env env{{"V", "xxyy"}, {"X", "x"}, {"EMPTY", ""}, {"P", "/usr/local/bin/tool"}};
  CHECK(value_of("${V#x}", env) == "xyy");
  CHECK(value_of("${V#*x*y}", env) == "y");
  CHECK(value_of("${V#*}", env) == "xxyy");
  CHECK(value_of("${V##*x}", env) == "yy");
  CHECK(value_of("${V##*}", env) == "");
  CHECK(value_of("${V#}", env) == "xxyy");
  CHECK(value_of("${V##}", env) == "xxyy");
  CHECK(value_of("${V#y}", env) == "xxyy");  // anchored at the start
  CHECK(value_of("${V#$X}", env) == "xyy");
  CHECK(value_of("${V#$EMPTY}", env) == "xxyy");
  CHECK(value_of("${P#*/}", env) == "usr/local/bin/tool");
  CHECK(value_of("${P##*/}", env) == "tool");
  CHECK(value_of("${UNSET#x}", env) == "");
}

TEST_CASE("% and %% trim the shortest and longest suffix", "[variables][patterns]") {
  const Env env{{"V", "xxyy"}, {"F", "archive.tar.gz"}, {"S", "xx**"}, {"T", "a***yy*"}};
  CHECK(value_of("${V%y}", env) == "xxy");
  CHECK(value_of("${V%x}", env) == "xxyy");
  CHECK(value_of("${V%}", env) == "xxyy");
  CHECK(value_of("${V%y*}", env) == "xxy");
  CHECK(value_of("${V%%y*}", env) == "xx");
  CHECK(value_of("${F%.*}", env) == "archive.tar");
  CHECK(value_of("${F%%.*}", env) == "archive");
  CHECK(value_of(R"(${S%%\**})", env) == "xx");
  CHECK(value_of(R"(${T%%\**\*})", env) == "a");
  CHECK(value_of("${U:-.}${V%x}${U:-.}", env) == ".xxyy.");
}

TEST_CASE("pattern characters and escapes", "[variables][patterns]") {
  // Regular-expression metacharacters are plain; `\}` is a brace that does not close the reference.
  const Env env{{"FOO", R"(()[]{}^$.*?|\x)"}, {"Q", "???y"}, {"NL", "a\nb"}, {"K", "한국어"}};
  CHECK(value_of(R"x(${FOO#()[]{\}^$.\*\?|\\})x", env) == "x");
  CHECK(value_of(R"(${Q#?\?})", env) == "?y");
  // `?` and `*` never match a newline (Go's `.`).
  CHECK(value_of("${NL#*b}", env) == "a\nb");
  CHECK(value_of("${NL#a?b}", env) == "a\nb");
  CHECK(value_of("${NL#a\nb}", env) == "");
  // `?` is one character, not one byte.
  CHECK(value_of("${K#?}", env) == "국어");
  CHECK(value_of("${K%?}", env) == "한국");
}

TEST_CASE("a backtick escape stays in the pattern as a literal", "[variables][patterns]") {
  const Env env{{"V", "`x.txt"}, {"S", "*x"}};
  CHECK(value_of("${V#`*}", env, '`') == "x.txt");
  CHECK(value_of(R"(${S#\*})", env, '`') == "x");
}

TEST_CASE("/ replaces the first match, // every match", "[variables][patterns]") {
  const Env env{{"FOO", "/foo*/*/*.txt"}, {"NEEDLE", R"(\*/)"}};
  CHECK(value_of("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", env) == "/foo.*/*.txt - /foo..*.txt");
  const Env tmp{{"FOO", "/tmp/tmp/bar.txt"}, {"NEEDLE", "/tmp"}};
  CHECK(value_of("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", tmp) == "/tmp/bar.txt - /bar.txt");
  const Env wild{{"FOO", "/a/foo/b/c.txt"}, {"NEEDLE", "/?/"}, {"R", "/"}};
  CHECK(value_of("${FOO/$NEEDLE/$R} - ${FOO//$NEEDLE/$R}", wild) == "/foo/b/c.txt - /foo/c.txt");
  const Env url{{"U", "http://google.de"}, {"N", "http://"}, {"R", "https://"}};
  CHECK(value_of("${U/$N/$R}", url) == "https://google.de");
  const Env path{{"FOO", "/tmp/foo.txt"}};
  CHECK(value_of(R"(${FOO//\//\/})", path) == R"(\/tmp\/foo.txt)");
  const Env greedy{{"V", "axbyc y"}};
  CHECK(value_of("${V/x*y/Z}", greedy) == "aZ");
}

TEST_CASE("empty patterns and unset variables in replacement", "[variables][patterns]") {
  const Env env{{"FOO", "xxyy"}, {"BAR", ""}, {"AB", "ab"}};
  CHECK(value_of("${FOO/$BAR/ww}", env) == "wwxxyy");
  CHECK(value_of("${AB//$BAR/-}", env) == "-a-b-");
  CHECK(value_of("${FOO///}", env) == "xxyy");
  CHECK(value_of("${UNSET///}", env) == "");
  CHECK(value_of("${UNSET//x/y}", env) == "");
  CHECK(value_of("${AB//?/<\\$0>}", env) == R"(<\a><\b>)");
}

TEST_CASE("// reads its replacement as a Go template, / does not", "[variables][patterns]") {
  const Env env{{"V", "abc"},   {"R0", "[$0]"}, {"RB", "[${0}]"}, {"RD", "[$$]"},
                {"RX", "[$x]"}, {"RL", "[$]"},  {"R00", "[$00]"}};
  CHECK(value_of("${V//b/$R0}", env) == "a[b]c");
  CHECK(value_of("${V//b/$RB}", env) == "a[b]c");
  CHECK(value_of("${V//b/$RD}", env) == "a[$]c");
  CHECK(value_of("${V//b/$RX}", env) == "a[]c");
  CHECK(value_of("${V//b/$RL}", env) == "a[$]c");
  CHECK(value_of("${V//b/$R00}", env) == "a[]c");
  CHECK(value_of("${V/b/$R0}", env) == "a[$0]c");
  CHECK(value_of("${V/b/$RD}", env) == "a[$$]c");
}
