// Every piece of the command view must point at the exact Dockerfile bytes, across line continuations and
// the comment lines BuildKit drops from them.
#include <catch2/catch.hpp>

#include "shell_test_support.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

TEST_CASE("the test helper builds the script the way the model does") {
  std::string_view df = "RUN apt-get update \\\n    && apt-get install -y curl\n";
  auto text = from_dockerfile(df, 4);
  CHECK(text.text() == "apt-get update     && apt-get install -y curl");
  CHECK(text.source_offset(15) == 21);  // first byte after the continuation
}

TEST_CASE("commands and words map back across a continuation") {
  std::string_view df = "FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl\n";
  const uint32_t from = static_cast<uint32_t>(df.find("apt-get"));
  Script s = parse_ok(from_dockerfile(df, from));
  REQUIRE(s.commands.size() == 2);
  CHECK(slice(df, s.commands[0].source) == "apt-get update");
  CHECK(slice(df, s.commands[1].source) == "apt-get install -y curl");
  CHECK(slice(df, s.commands[1].name.source) == "apt-get");
  REQUIRE(s.commands[1].args.size() == 3);
  CHECK(slice(df, s.commands[1].args[2].source) == "curl");
  CHECK(s.commands[1].args[2].source.begin == df.find("curl"));
  CHECK(s.commands[1].placement.joined_by == Connector::kAnd);
}

TEST_CASE("a word split by a continuation covers both pieces in the Dockerfile") {
  std::string_view df = "RUN apt-get ins\\\ntall -y\n";
  Script s = parse_ok(from_dockerfile(df, 4));
  REQUIRE(s.commands.size() == 1);
  REQUIRE(s.commands[0].args.size() == 2);
  const Word& w = s.commands[0].args[0];
  CHECK(w.literal == "install");
  CHECK(slice(df, w.source) == "ins\\\ntall");
  // Each literal byte maps to its own Dockerfile byte: 't' of "tall" is after the continuation.
  REQUIRE(w.literal_offsets.size() == 8);
  CHECK(df[w.literal_offsets[3]] == 't');
  CHECK(w.literal_offsets[3] == df.find("tall"));
}

TEST_CASE("comment lines inside a continuation do not disturb the mapping") {
  std::string_view df =
      "RUN set -eux; \\\n"
      "    # refresh the index\n"
      "    apt-get update; \\\n"
      "\n"
      "    apt-get install -y --no-install-recommends ca-certificates\n";
  auto text = from_dockerfile(df, 4);
  CHECK(text.text().find('#') == std::string::npos);
  Script s = parse_ok(text);
  REQUIRE(s.commands.size() == 3);
  CHECK(s.commands[0].is("set"));
  CHECK(slice(df, s.commands[1].source) == "apt-get update");
  CHECK(slice(df, s.commands[2].args.back().source) == "ca-certificates");
  CHECK(s.commands[2].placement.joined_by == Connector::kSemicolon);
}

TEST_CASE("quoted and expanded words keep exact ranges") {
  std::string_view df = "RUN echo \"$HOME\" 'a b' \\\n  ${X:-y}\n";
  Script s = parse_ok(from_dockerfile(df, 4));
  REQUIRE(s.commands.size() == 1);
  const auto& args = s.commands[0].args;
  REQUIRE(args.size() == 3);
  CHECK(slice(df, args[0].source) == "\"$HOME\"");
  CHECK(slice(df, args[1].source) == "'a b'");
  CHECK(slice(df, args[2].source) == "${X:-y}");
  CHECK(args[2].script.begin == s.commands[0].args[2].script.begin);
}

TEST_CASE("pipelines and redirects map to the Dockerfile too") {
  std::string_view df = "RUN curl -fsSL https://x.example/i.sh \\\n  | sh > /tmp/log 2>&1\n";
  Script s = parse_ok(from_dockerfile(df, 4));
  REQUIRE(s.pipelines.size() == 1);
  CHECK(slice(df, s.pipelines[0].source) == "curl -fsSL https://x.example/i.sh \\\n  | sh > /tmp/log 2>&1");
  REQUIRE(s.commands.size() == 2);
  REQUIRE(s.commands[1].redirects.size() == 2);
  CHECK(slice(df, s.commands[1].redirects[0].source) == "> /tmp/log");
  CHECK(slice(df, s.commands[1].redirects[0].target.source) == "/tmp/log");
  CHECK(slice(df, s.commands[1].redirects[1].source) == "2>&1");
  CHECK(slice(df, s.commands[1].source) == "sh > /tmp/log 2>&1");
}
