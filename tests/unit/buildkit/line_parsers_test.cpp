// Each of BuildKit's per-instruction parsers on the edge cases that decide how arguments are split.
#include <catch2/catch.hpp>

#include "syntax/buildkit/parser.h"

namespace bk = distill::syntax::buildkit;

namespace {

// Dump of one instruction, or "error: <message>".
std::string parsed(std::string_view keyword, std::string_view rest, char escape = '\\') {
  auto node = bk::parse_instruction(keyword, rest, escape);
  if (!node) return "error: " + node.error().message;
  return bk::dump(*node);
}

}  // namespace

TEST_CASE("ENV and LABEL take name=value pairs or one legacy `name value`") {
  CHECK(parsed("ENV", "a=1 b=\"x y\"") == R"(env "a" "1" "=" "b" "\"x y\"" "=")");
  CHECK(parsed("ENV", "a b  c") == R"(env "a" "b  c" "")");
  CHECK(parsed("ENV", "a=b\\ c d='e f'") == R"(env "a" "b\\ c" "=" "d" "'e f'" "=")");
  CHECK(parsed("ENV", "a==b") == R"(env "a" "=b" "=")");
  CHECK(parsed("ENV", "a=") == R"(env "a" "" "=")");
  CHECK(parsed("ENV", "a=1 b") ==
        R"(error: Syntax error - can't find = in "b". Must be of the form: name=value)");
  CHECK(parsed("ENV", "PATH") == "error: ENV must have two arguments");
  CHECK(parsed("LABEL", "x") == "error: LABEL must have two arguments");
  CHECK(parsed("ENV", "") == "env");
  // The legacy form keeps the raw text, quotes and all; the first word decides the form, quotes included.
  CHECK(parsed("LABEL", "\"a b\"=c") == R"(label "\"a b\"" "c" "=")");
  CHECK(parsed("LABEL", "\"a b\" c") == R"(label "\"a" "b\" c" "")");
  // Inside single quotes the escape escapes nothing; inside double quotes it keeps the next character.
  CHECK(parsed("ENV", "a='x\\' b=1") == R"(env "a" "'x\\'" "=" "b" "1" "=")");
  CHECK(parsed("ENV", "a=\"x\\\" y\"") == R"(env "a" "\"x\\\" y\"" "=")");
}

TEST_CASE("the escape directive changes how words are split") {
  CHECK(parsed("ENV", "a=b` c", '`') == R"(env "a" "b` c" "=")");
  CHECK(parsed("ENV", "a=b\\ c", '`') ==
        R"(error: Syntax error - can't find = in "c". Must be of the form: name=value)");
  CHECK(parsed("ARG", "a=x`", '`') == R"(arg "a=x")");  // a trailing escape is dropped
}

TEST_CASE("ARG keeps each word, with or without a value") {
  CHECK(parsed("ARG", "a b=1 c=\"\"") == R"(arg "a" "b=1" "c=\"\"")");
  CHECK(parsed("ARG", "") == "arg");
  CHECK(parsed("ARG", "\xC3\xA9=\xFF") == "arg \"\xC3\xA9=\xEF\xBF\xBD\"");  // invalid UTF-8 becomes U+FFFD
}

TEST_CASE("FROM and EXPOSE split on runs of ASCII whitespace") {
  CHECK(parsed("FROM", "--platform=$X img AS b") == R"(from ["--platform=$X"] "img" "AS" "b")");
  CHECK(parsed("EXPOSE", "80  443\t8080\v1") == R"(expose "80" "443" "8080" "1")");
  CHECK(parsed("FROM",
               "a\xC2\xA0"
               "b") == "from \"a\\u00a0b\"");  // NBSP is not a separator here
}

TEST_CASE("JSON form: valid string arrays, shell-form fallback, and non-string arrays") {
  auto node = bk::parse_instruction("CMD", "[\"a\", \"b\"]", '\\');
  REQUIRE(node.ok());
  CHECK(node->json_form);
  CHECK(bk::dump(*node) == R"(cmd "a" "b")");
  CHECK(parsed("CMD", "[ ]") == "cmd");
  CHECK(parsed("CMD", "[\"a\"] x") == R"(cmd "[\"a\"] x")");  // trailing text: not JSON
  CHECK(parsed("CMD", "['a']") == R"(cmd "['a']")");
  CHECK(parsed("CMD", "[\"a\",]") == R"(cmd "[\"a\",]")");
  CHECK(parsed("CMD", "[1]") ==
        "error: when using JSON array syntax, arrays must be comprised of strings only");
  CHECK(parsed("RUN", "[\"a\", null]").rfind("error: ", 0) == 0);
  CHECK(parsed("RUN", "[\"a\", {\"k\": [1, 2.5e3]}]").rfind("error: ", 0) == 0);
  CHECK(parsed("RUN", "[\"a\", 1e999]") == R"(run "[\"a\", 1e999]")");  // Go's decoder fails: shell form
  CHECK(parsed("CMD", R"(["\u00e9\ud83d\ude00", "\ud800x", "\/\t"])") ==
        "cmd \"\xC3\xA9\xF0\x9F\x98\x80\" \"\xEF\xBF\xBDx\" \"/\\t\"");
  CHECK(parsed("CMD", "[\"a\xFF\"]") == "cmd \"a\xEF\xBF\xBD\"");
  CHECK(parsed("CMD", "[\"a\tb\"]") == R"(cmd "[\"a\tb\"]")");  // a raw control character is invalid JSON
  CHECK(parsed("VOLUME", "[\"/a\", \"/b\"]") == R"(volume "/a" "/b")");
  CHECK(parsed("VOLUME", "/a /b") == R"(volume "/a" "/b")");
  CHECK(parsed("ADD", "[\"a\", 2]").rfind("error: ", 0) == 0);
  CHECK(parsed("COPY", "[\"a b\", \"c\"]") == R"(copy "a b" "c")");
  // Nesting deeper than Go's 10000 levels is a syntax error, so shell form; within it, a non-string.
  std::string deep = std::string(10001, '[') + std::string(10001, ']');
  CHECK(parsed("CMD", deep).rfind("cmd \"[[[", 0) == 0);
  std::string ok_depth = std::string(10000, '[') + std::string(10000, ']');
  CHECK(parsed("CMD", ok_depth).rfind("error: ", 0) == 0);
}

TEST_CASE("HEALTHCHECK: NONE, CMD with shell or JSON form, and flags") {
  CHECK(parsed("HEALTHCHECK", "NONE") == R"(healthcheck "NONE")");
  CHECK(parsed("HEALTHCHECK", "") == "healthcheck");
  CHECK(parsed("HEALTHCHECK", "CMD curl -f x") == R"(healthcheck "CMD" "curl -f x")");
  auto node = bk::parse_instruction("HEALTHCHECK", "--interval=5s CMD [\"a\", \"b\"]", '\\');
  REQUIRE(node.ok());
  CHECK(node->json_form);
  CHECK(bk::dump(*node) == R"(healthcheck ["--interval=5s"] "CMD" "a" "b")");
  CHECK(parsed("HEALTHCHECK", "CMD [1]").rfind("error: ", 0) == 0);
  // Byte-wise space test: the 0xA0 inside "à" (C3 A0) ends the type word.
  CHECK(parsed("HEALTHCHECK",
               "\xC3\xA0"
               "b") == R"(healthcheck "\xc3" "b")");
}

TEST_CASE("ONBUILD nests one instruction, recursively") {
  auto node = bk::parse_instruction("ONBUILD", "RUN echo hi", '\\');
  REQUIRE(node.ok());
  REQUIRE(node->children.size() == 1);
  CHECK(node->children[0].value == "run");
  CHECK(node->children[0].original == "RUN echo hi");
  CHECK(bk::dump(*node) == R"(onbuild (run "echo hi"))");
  CHECK(parsed("ONBUILD", "ONBUILD COPY --from=a x y") == R"(onbuild (onbuild (copy ["--from=a"] "x" "y")))");
  CHECK(parsed("ONBUILD", "") == "onbuild");
  CHECK(parsed("ONBUILD", "CMD [1]").rfind("error: ", 0) == 0);
  CHECK(parsed("ONBUILD", "ENV a") == "error: ENV must have two arguments");
}

TEST_CASE("simple string instructions keep the argument text whole") {
  CHECK(parsed("USER", "a:b  c") == R"(user "a:b  c")");
  CHECK(parsed("WORKDIR", "/a b") == R"(workdir "/a b")");
  CHECK(parsed("STOPSIGNAL", "SIGTERM") == R"(stopsignal "SIGTERM")");
  CHECK(parsed("MAINTAINER", "Me <me@x>") == R"(maintainer "Me <me@x>")");
  CHECK(parsed("SHELL", "[\"sh\", \"-c\"]") == R"(shell "sh" "-c")");
  CHECK(parsed("RUN", "") == "run");
}

TEST_CASE("flags: quotes, backslashes, `--` and BuildKit's byte-wise quirks") {
  CHECK(parsed("COPY", "--chown=\"a b\" x y") == R"(copy ["--chown=a b"] "x" "y")");
  CHECK(parsed("COPY", "--from=x\\ y a b") == R"(copy ["--from=x y"] "a" "b")");
  CHECK(parsed("COPY", "-- --notflag a") == R"(copy "--notflag" "a")");
  CHECK(parsed("COPY", "--a --b") == R"(copy ["--a" "--b"])");
  CHECK(parsed("COPY", "-x a") == R"(copy "-x" "a")");
  CHECK(parsed("RUN", "--mount=type=cache,target=/x echo") ==
        R"(run ["--mount=type=cache,target=/x"] "echo")");
  // Bytes >= 0x80 are read as Latin-1, so UTF-8 in a flag is encoded twice.
  CHECK(parsed("COPY", "--from=\xC3\xA9 a b") == "copy [\"--from=\xC3\x83\xC2\xA9\"] \"a\" \"b\"");
}

TEST_CASE("keywords are lower-cased; unknown instructions parse with one empty argument") {
  CHECK(parsed("rUn", "x") == R"(run "x")");
  CHECK(parsed("FOO", "bar") == R"(foo "")");
  CHECK(bk::is_known_instruction("healthcheck"));
  CHECK(bk::is_known_instruction("onbuild"));
  CHECK_FALSE(bk::is_known_instruction("foo"));
  CHECK_FALSE(bk::is_known_instruction("RUN"));  // callers pass the lower-case keyword
  // U+0130 lower-cases to a plain 'i' (Go's simple case mapping), so this is ONBUILD.
  CHECK(parsed("ONBU\xC4\xB0LD", "RUN x") == R"(onbuild (run "x"))");
}
