// Every ${...} operator against a set, a set-but-empty and an unset variable.
#include <catch2/catch.hpp>

#include "env_fixture.h"

using namespace distill::syntax::variables;
using namespace distill::syntax::variables::testing;

namespace {
const Env kEnv{{"SET", "val"}, {"EMPTY", ""}, {"ARG", "x"}};
}

TEST_CASE("plain references expand, unset ones to nothing", "[variables][operators]") {
  CHECK(value_of("$SET", kEnv) == "val");
  CHECK(value_of("${SET}", kEnv) == "val");
  CHECK(value_of("a${SET}b", kEnv) == "avalb");
  CHECK(value_of("a$SET-b", kEnv) == "aval-b");
  CHECK(value_of("$SETx", kEnv) == "");  // the name runs on: SETx is unset
  CHECK(value_of("[$EMPTY]", kEnv) == "[]");
  CHECK(value_of("[$UNSET]", kEnv) == "[]");
  CHECK(value_of("$set", kEnv) == "");  // names are case-sensitive
}

TEST_CASE(":- uses the default when unset or empty, - only when unset", "[variables][operators]") {
  CHECK(value_of("${SET:-d}", kEnv) == "val");
  CHECK(value_of("${EMPTY:-d}", kEnv) == "d");
  CHECK(value_of("${UNSET:-d}", kEnv) == "d");
  CHECK(value_of("${SET-d}", kEnv) == "val");
  CHECK(value_of("${EMPTY-d}", kEnv) == "");
  CHECK(value_of("${UNSET-d}", kEnv) == "d");
  CHECK(value_of("${UNSET:-}", kEnv) == "");
  CHECK(value_of("${UNSET-}", kEnv) == "");
}

TEST_CASE(":+ uses the word when set and non-empty, + whenever set", "[variables][operators]") {
  CHECK(value_of("${SET:+w}", kEnv) == "w");
  CHECK(value_of("${EMPTY:+w}", kEnv) == "");
  CHECK(value_of("${UNSET:+w}", kEnv) == "");
  CHECK(value_of("${SET+w}", kEnv) == "w");
  CHECK(value_of("${EMPTY+w}", kEnv) == "w");
  CHECK(value_of("${UNSET+w}", kEnv) == "");
}

TEST_CASE(":? rejects unset and empty, ? only unset", "[variables][operators]") {
  CHECK(value_of("${SET:?m}", kEnv) == "val");
  CHECK(value_of("${SET?m}", kEnv) == "val");
  CHECK(value_of("${EMPTY?m}", kEnv) == "");

  const auto lookup = lookup_in(kEnv);
  auto empty_colon = expand_word("${EMPTY:?custom}", lookup);
  REQUIRE_FALSE(empty_colon.ok());
  CHECK(empty_colon.error().message == "EMPTY: custom");
  auto unset_colon = expand_word("${UNSET:?}", lookup);
  REQUIRE_FALSE(unset_colon.ok());
  CHECK(unset_colon.error().message == "UNSET: is not allowed to be unset");
  auto empty_default = expand_word("${EMPTY:?}", lookup);
  REQUIRE_FALSE(empty_default.ok());
  CHECK(empty_default.error().message == "EMPTY: is not allowed to be empty");
  auto unset_plain = expand_word("${UNSET?}", lookup);
  REQUIRE_FALSE(unset_plain.ok());
  CHECK(unset_plain.error().message == "UNSET: is not allowed to be unset");
  // The message is itself expanded.
  auto expanded = expand_word("${UNSET:?message here$ARG}", lookup);
  REQUIRE_FALSE(expanded.ok());
  CHECK(expanded.error().message == "UNSET: message herex");
}

TEST_CASE("defaults nest and are expanded", "[variables][operators]") {
  CHECK(value_of("${A:-${B:-ccc}}", kEnv) == "ccc");
  CHECK(value_of("he${XXX:-${SET:-yyy}}xx", kEnv) == "hevalxx");
  CHECK(value_of("he${XXX:-$SET}xx", kEnv) == "hevalxx");
  CHECK(value_of("he${XXX:+${SET}}xx", kEnv) == "hexx");
  CHECK(value_of("he${SET:+${UNSET}}xx", kEnv) == "hexx");
  CHECK(value_of("he${SET:+${ARG}}xx", kEnv) == "hexxx");
  CHECK(value_of("he${SET:+${SET}:}xx", kEnv) == "heval:xx");
  CHECK(value_of("${UNSET:-a ${SET} b}", kEnv) == "a val b");
  CHECK(value_of("${UNSET:-bbb {foo}", kEnv) == "bbb {foo");
  CHECK(value_of("${SET}}", kEnv) == "val}");
  // BuildKit's release-file idiom: the variant part only when the variant is non-empty.
  const Env arm{{"OS", "linux"}, {"ARCH", "arm"}, {"VARIANT", "v7"}};
  const Env arm64{{"OS", "linux"}, {"ARCH", "arm64"}, {"VARIANT", ""}};
  const std::string name = "x-${OS}-${ARCH}${VARIANT:+-${VARIANT}}.tgz";
  CHECK(value_of(name, arm) == "x-linux-arm-v7.tgz");
  CHECK(value_of(name, arm64) == "x-linux-arm64.tgz");
  CHECK(value_of(name, Env{{"OS", "linux"}, {"ARCH", "arm64"}}) == "x-linux-arm64.tgz");
}

TEST_CASE("the operand is evaluated before the variable is consulted", "[variables][operators]") {
  // BuildKit expands `${SET:-${UNSET:?boom}}`'s operand first, so it fails although SET is set.
  auto result = expand_word("${SET:-${UNSET:?boom}}", lookup_in(kEnv));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message == "UNSET: boom");
}

TEST_CASE("a colon turns # and % into their plain forms", "[variables][operators]") {
  const Env env{{"V", "xxyy"}};
  CHECK(value_of("${V:#x}", env) == "xyy");
  CHECK(value_of("${V:%%y*}", env) == "xx");
}

TEST_CASE("positional and special parameters are names of their own", "[variables][operators]") {
  const Env env{{"1", "one"},         {"12", "twelve"}, {"@", "all"},
                {"$", "pid"},         {"-", "flags"},   {"0", "zero"},
                {"한국어", "korean"}, {"é", "e"},       {"\xD9\xA3", "arabic three"}};
  CHECK(value_of("$1", env) == "one");
  CHECK(value_of("he$1x", env) == "heonex");
  CHECK(value_of("$12x", env) == "twelvex");   // all the digits, then text
  CHECK(value_of("$0abc", env) == "zeroabc");  // 0 is read as digits
  CHECK(value_of("$2", env) == "");
  CHECK(value_of("a$@b", env) == "aallb");
  CHECK(value_of("a$$b", env) == "apidb");
  CHECK(value_of("$-x", env) == "flagsx");
  CHECK(value_of("${@:-d}", env) == "all");
  CHECK(value_of("${-}", env) == "flags");
  CHECK(value_of("${12}", env) == "twelve");
  CHECK(value_of("$한국어!", env) == "korean!");  // Unicode letters make names, as in Go
  CHECK(value_of("$é", env) == "e");
  CHECK(value_of("$\xD9\xA3x", env) == "arabic threex");     // U+0663 is a digit
  CHECK(value_of("$\xE2\x82\xAC", env) == "$\xE2\x82\xAC");  // U+20AC is neither
}

TEST_CASE("a dollar without a name is literal", "[variables][operators]") {
  CHECK(value_of("$", kEnv) == "$");
  CHECK(value_of("abc$", kEnv) == "abc$");
  CHECK(value_of("$.", kEnv) == "$.");
  CHECK(value_of("he$.x", kEnv) == "he$.x");
  CHECK(value_of("$ x", kEnv) == "$ x");
  CHECK(value_of("\"$\"", kEnv) == "$");
  CHECK(value_of("$'SET'", kEnv) == "$SET");
  CHECK(value_of("$\"SET\"", kEnv) == "$SET");
}

TEST_CASE("referenced and unset names", "[variables][operators]") {
  const auto lookup = lookup_in(kEnv);
  auto plain = expand_word("x ${UNUSED}", lookup);
  REQUIRE(plain.ok());
  CHECK(plain->value == "x ");
  CHECK(plain->referenced == std::vector<std::string>{"UNUSED"});
  CHECK(plain->unset == std::vector<std::string>{"UNUSED"});

  auto defaults = expand_word("${SET-aaa} ${EMPTY-bbb} ${BAZ-ccc} ${Q:+x} ${R?y}",
                              lookup_in(Env{{"SET", "xxx"}, {"EMPTY", ""}, {"R", "r"}}));
  REQUIRE(defaults.ok());
  CHECK(defaults->value == "xxx  ccc  r");
  CHECK(defaults->referenced == std::vector<std::string>{"SET", "EMPTY", "BAZ", "Q", "R"});
  CHECK(defaults->unset.empty());  // each unset one had an operator handling it

  auto mixed = expand_word("$A ${B:-$C} ${D#x} ${E/a/b} $A $SET $1", lookup);
  REQUIRE(mixed.ok());
  CHECK(mixed->referenced == std::vector<std::string>{"A", "B", "C", "D", "E", "SET", "1"});
  CHECK(mixed->unset == std::vector<std::string>{"A", "C", "D", "E", "1"});

  auto none = expand_word("'$A' \\$B", lookup);
  REQUIRE(none.ok());
  CHECK(none->referenced.empty());
}
