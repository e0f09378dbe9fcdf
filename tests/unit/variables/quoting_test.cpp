// Quote removal and escapes, in both escape modes (`\` and `` ` `` from `# escape=`).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "env_fixture.h"
#include "syntax/variables/references.h"

using namespace distill::syntax::variables;
using namespace distill::syntax::variables::testing;

namespace {
const Env kEnv{{"PWD", "/home"}, {"SHELL", "bash"}};

bool fails(std::string_view word, char escape = '\\') {
  return !expand_word(word, lookup_in(kEnv), escape).ok();
}
}  // namespace

TEST_CASE("single quotes keep everything literal", "[variables][quoting]") {
  CHECK(value_of("he'll'o", kEnv) == "hello");
  CHECK(value_of("'he${XX}'", kEnv) == "he${XX}");
  CHECK(value_of("'$PWD'", kEnv) == "$PWD");
  CHECK(value_of(R"('\$PWD')", kEnv) == R"(\$PWD)");
  CHECK(value_of(R"('abc\tdef')", kEnv) == R"(abc\tdef)");
  CHECK(value_of(R"('hello\')", kEnv) == R"(hello\)");  // no escaping inside single quotes
  CHECK(value_of(R"('"hello"')", kEnv) == R"("hello")");
  CHECK(fails("he'llo"));
}

TEST_CASE("double quotes expand and honour only a few escapes", "[variables][quoting]") {
  CHECK(value_of(R"("he${PWD}")", kEnv) == "he/home");
  CHECK(value_of(R"("he'$PWD'")", kEnv) == "he'/home'");
  CHECK(value_of(R"("hel'lo")", kEnv) == "hel'lo");
  CHECK(value_of(R"("''")", kEnv) == "''");
  CHECK(value_of(R"("abc\tdef")", kEnv) == R"(abc\tdef)");  // \t is not an escape here
  CHECK(value_of(R"("abc\\tdef")", kEnv) == R"(abc\tdef)");
  CHECK(value_of(R"("he\$PWD")", kEnv) == "he$PWD");
  CHECK(value_of(R"("he\\$PWD")", kEnv) == R"(he\/home)");
  CHECK(value_of(R"("say \"hi\"")", kEnv) == R"(say "hi")");
  CHECK(fails(R"("hello)"));
  CHECK(fails(R"("hello\")"));
}

TEST_CASE("backslash escapes any character outside quotes", "[variables][quoting]") {
  CHECK(value_of(R"(he\'llo)", kEnv) == "he'llo");
  CHECK(value_of(R"(abc\tdef)", kEnv) == "abctdef");
  CHECK(value_of(R"(hello\)", kEnv) == "hello");  // a trailing escape disappears
  CHECK(value_of(R"(hello\\)", kEnv) == R"(hello\)");
  CHECK(value_of(R"(he\$PWD)", kEnv) == "he$PWD");
  CHECK(value_of(R"(he\\$PWD)", kEnv) == R"(he\/home)");
  CHECK(value_of(R"(\${})", kEnv) == "${}");
  CHECK(value_of(R"(he\${}xx)", kEnv) == "he${}xx");
  CHECK(value_of(R"(a\ b)", kEnv) == "a b");
  CHECK(fails(R"(he\\'llo)"));
}

TEST_CASE("escapes inside defaults", "[variables][quoting]") {
  CHECK(value_of(R"(he${XXX:-\$PWD:}xx)", kEnv) == "he$PWD:xx");
  // The escaped `$` leaves `{PWD`, whose `}` closes the reference early.
  CHECK(value_of(R"(he${XXX:-\${PWD}z}xx)", kEnv) == "he${PWDz}xx");
  CHECK(value_of(R"(${XXX:-a\}b})", kEnv) == "a}b");
  CHECK(value_of(R"(${XXX:-'a }'})", kEnv) == "a }");
  CHECK(value_of(R"(${XXX:-"$SHELL }"})", kEnv) == "bash }");
}

TEST_CASE("a backtick escape character frees the backslash", "[variables][quoting]") {
  CHECK(value_of("he`$PWD", kEnv, '`') == "he$PWD");
  CHECK(value_of(R"(he\$PWD)", kEnv, '`') == R"(he\/home)");
  CHECK(value_of(R"(C:\path\to)", kEnv, '`') == R"(C:\path\to)");
  CHECK(value_of("a` b", kEnv, '`') == "a b");
  CHECK(value_of("hello`", kEnv, '`') == "hello");
  CHECK(value_of("``", kEnv, '`') == "`");
  CHECK(value_of(R"("a`"b")", kEnv, '`') == R"(a"b)");
  CHECK(value_of(R"("a\"b)", kEnv, '`') == R"(a\b)");  // the quote closes: `\` is no escape
  CHECK(value_of(R"("`$PWD `x")", kEnv, '`') == "$PWD `x");
  CHECK(value_of(R"(${XXX:-`}})", kEnv, '`') == "}");
  CHECK_FALSE(fails(R"("a\")", '`'));
  CHECK(fails("\"a`\"", '`'));
}

TEST_CASE("Unicode text passes through unchanged", "[variables][quoting]") {
  CHECK(value_of("안'녕'하세요", kEnv) == "안녕하세요");
  CHECK(value_of(R"(안녕\'하세요)", kEnv) == "안녕'하세요");
  CHECK(value_of("안녕${PWD}", kEnv) == "안녕/home");
  CHECK(value_of(R"("안녕\t하세요")", kEnv) == R"(안녕\t하세요)");
  CHECK(fails("안'녕하세요"));
}

TEST_CASE("bytes the way Go's scanner delivers them", "[variables][quoting]") {
  // A leading byte-order mark is skipped; invalid UTF-8 becomes U+FFFD; NUL is kept.
  CHECK(value_of("\xEF\xBB\xBFx", kEnv) == "x");
  CHECK(value_of("x\xEF\xBB\xBF", kEnv) == "x\xEF\xBB\xBF");
  CHECK(value_of("a\xFF"
                 "b",
                 kEnv) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(value_of(std::string_view("a\0b", 3), kEnv) == std::string("a\0b", 3));
  // A variable's value is copied as is.
  CHECK(value_of("$V", Env{{"V", "\xFF"}}) == "\xFF");
}

TEST_CASE("heredoc bodies expand with quotes taken literally", "[variables][quoting]") {
  const Env env{{"NAME", "world"}};
  const auto raw = expand_raw("echo 'hi $NAME' \"$NAME\" \\$NAME it's $MISSING\n", lookup_in(env));
  REQUIRE(raw.ok());
  CHECK(raw->value == "echo 'hi world' \"world\" $NAME it's \n");
  CHECK(raw->unset == std::vector<std::string>{"MISSING"});
  // The same text as a word: the single quotes protect $NAME and the apostrophe opens an unterminated quote.
  CHECK_FALSE(expand_word("echo 'hi $NAME' it's", lookup_in(env)).ok());
  const auto refs = find_references("a '$X' \"${Y:-z}\"", '\\', /*quotes_literal=*/true);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].name == "X");
  CHECK(refs[0].begin == 3);
  CHECK(refs[1].name == "Y");
}
