// Malformed words fail with BuildKit's message and the 1-based byte column of the construct at fault.
#include <catch2/catch.hpp>

#include "env_fixture.h"

using namespace distill::syntax::variables;
using namespace distill::syntax::variables::testing;

namespace {
const Env kEnv{{"PWD", "/home"}, {"V", "xxyy"}};

struct Expected {
  std::string word;
  std::string message;
  uint32_t column;
};

void check_error(const Expected& e, char escape = '\\') {
  INFO("word: " << e.word);
  const auto result = expand_word(e.word, lookup_in(kEnv), escape);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message == e.message);
  CHECK(result.error().column == e.column);
  CHECK(result.error().line == 0);
  // ProcessWords goes through the same lexer and must agree.
  const auto words = expand_words(e.word, lookup_in(kEnv), escape);
  REQUIRE_FALSE(words.ok());
  CHECK(words.error().message == e.message);
}
}  // namespace

TEST_CASE("unterminated quotes point at the opening quote", "[variables][errors]") {
  check_error({"x'abc", "unexpected end of statement while looking for matching single-quote", 2});
  check_error({"ab\"cd", "unexpected end of statement while looking for matching double-quote", 3});
  check_error({R"(he\\'llo)", "unexpected end of statement while looking for matching single-quote", 5});
  check_error({"\"a`\"", "unexpected end of statement while looking for matching double-quote", 1}, '`');
  check_error({"안'녕", "unexpected end of statement while looking for matching single-quote", 4});
}

TEST_CASE("missing braces point at the dollar", "[variables][errors]") {
  check_error({"${", "syntax error: missing '}'", 1});
  check_error({"ab${", "syntax error: missing '}'", 3});
  check_error({"he${PWD", "syntax error: missing '}'", 3});
  check_error({"${PWD:", "syntax error: missing '}'", 1});
  check_error({"${aaa:-bbb", "syntax error: missing '}'", 1});
  check_error({"${aaa:-bbb ${foo}", "syntax error: missing '}'", 1});
  // An inner failure that runs into the end becomes the outer reference's missing brace.
  check_error({"${a:-\"x}", "syntax error: missing '}'", 1});
  check_error({"${a:-${UNSET:?x}", "syntax error: missing '}'", 1});
  check_error({"${V/x", "syntax error: missing '/' in ${}", 1});
  check_error({"${V//}", "syntax error: missing '/' in ${}", 1});
  check_error({"${V//ww}", "syntax error: missing '/' in ${}", 1});
  check_error({"${V/x/y", "syntax error: missing '}'", 1});
}

TEST_CASE("bad substitutions and unsupported modifiers", "[variables][errors]") {
  check_error({"he${}", "syntax error: bad substitution", 3});
  check_error({"he${}xx", "syntax error: bad substitution", 3});
  check_error({"${{aaa}", "syntax error: bad substitution", 1});
  check_error({"${:}", "syntax error: bad substitution", 1});
  check_error({"${:-bbb}", "syntax error: bad substitution", 1});
  check_error({"he${.}", "unsupported modifier (.) in substitution", 3});
  check_error({"${a=x}", "unsupported modifier (=) in substitution", 1});
  check_error({"${a }", "unsupported modifier ( ) in substitution", 1});
  check_error({"${#a}", "unsupported modifier (a) in substitution", 1});
  check_error({"he${PWD:=000}xx", "unsupported modifier (:=) in substitution", 3});
  check_error({"he${XXX:YYY}", "unsupported modifier (:Y) in substitution", 3});
  check_error({"${a:}x}", "unsupported modifier (:}) in substitution", 1});
}

TEST_CASE("evaluation errors point at their own reference", "[variables][errors]") {
  check_error({"ab ${UNSET:?msg}", "UNSET: msg", 4});
  check_error({"${A:-${B:?inner}}x", "B: inner", 6});
  check_error({"\"${UNSET?}\"", "UNSET: is not allowed to be unset", 2});
}

TEST_CASE("invalid patterns", "[variables][errors]") {
  check_error({R"(${V#\x})", R"(invalid pattern (\x) in substitution: invalid escape '\x')", 1});
  check_error({R"(x${V/a\b/c})", R"(invalid pattern (a\b) in substitution: invalid escape '\b')", 2});
  // A suffix pattern is compiled reversed, and BuildKit names the reversed text.
  check_error({R"(${V%ab\x})", R"(invalid pattern (\xba) in substitution: invalid escape '\x')", 1});
  // Invalid even when the variable is unset: the pattern is always compiled.
  check_error({R"(${UNSET#\q})", R"(invalid pattern (\q) in substitution: invalid escape '\q')", 1});
}
