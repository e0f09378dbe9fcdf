// ProcessWords: splitting after expansion, where quotes and escapes protect whitespace but values do not.
#include <catch2/catch.hpp>

#include "env_fixture.h"

using namespace distill::syntax::variables;
using namespace distill::syntax::variables::testing;

namespace {
const Env kEnv{{"PWD", "/home"}, {"SPACED", "a  b"}, {"EMPTY", ""}, {"EDGES", " x "}};

std::vector<std::string> words_of(std::string_view text, char escape = '\\') {
  const auto result = expand_words(text, lookup_in(kEnv), escape);
  if (!result.ok()) return {"<error: " + result.error().message + ">"};
  return *result;
}

using Words = std::vector<std::string>;
}  // namespace

TEST_CASE("whitespace separates words and is trimmed", "[variables][words]") {
  CHECK(words_of("hello world") == Words{"hello", "world"});
  CHECK(words_of("  hello \t  world  ") == Words{"hello", "world"});
  CHECK(words_of("") == Words{});
  CHECK(words_of("   ") == Words{});
  CHECK(words_of("a\nb") == Words{"a", "b"});
  // Go's unicode.IsSpace: no-break space and ideographic space split too.
  CHECK(words_of("a\xC2\xA0"
                 "b\xE3\x80\x80"
                 "c") == Words{"a", "b", "c"});
}

TEST_CASE("quotes and escapes keep whitespace inside a word", "[variables][words]") {
  CHECK(words_of("\"hello world\"") == Words{"hello world"});
  CHECK(words_of("'a b' c") == Words{"a b", "c"});
  CHECK(words_of("a\"b c\"d e") == Words{"ab cd", "e"});
  CHECK(words_of(R"(a\ b c)") == Words{"a b", "c"});
  CHECK(words_of("a` b", '`') == Words{"a b"});
  CHECK(words_of(R"(hello\)") == Words{"hello"});
}

TEST_CASE("empty quotes make no word", "[variables][words]") {
  CHECK(words_of("\"\"") == Words{});
  CHECK(words_of("'' a") == Words{"a"});
  CHECK(words_of("a \"\" b") == Words{"a", "b"});
  CHECK(words_of("x\"\"y") == Words{"xy"});
}

TEST_CASE("expanded values are split again unless quoted", "[variables][words]") {
  CHECK(words_of("$SPACED") == Words{"a", "b"});
  CHECK(words_of("x$SPACED") == Words{"xa", "b"});
  CHECK(words_of("\"$SPACED\"") == Words{"a  b"});
  CHECK(words_of("$EDGES") == Words{"x"});
  CHECK(words_of("<$EDGES>") == Words{"<", "x", ">"});
  CHECK(words_of("$EMPTY $PWD") == Words{"/home"});
  // Quotes inside an operand do not survive into splitting: the default's value is split.
  CHECK(words_of("${EMPTY:-'x y'}") == Words{"x", "y"});
  CHECK(words_of("\"${EMPTY:-x y}\"") == Words{"x y"});
}

TEST_CASE("ProcessWord keeps the spaces ProcessWords splits on", "[variables][words]") {
  CHECK(value_of("  a  $SPACED ", kEnv) == "  a  a  b ");
}

TEST_CASE("word splitting reports the same errors", "[variables][words]") {
  const auto result = expand_words("ok \"unterminated", lookup_in(kEnv));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().column == 4);
}
