// Whatever a Dockerfile contains, parsing a shell body must not crash, hang or blow the stack: broken
// scripts are reported through has_errors, absurd ones through an error value.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <thread>

#include "shell_test_support.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

TEST_CASE("an empty or blank script has no commands and no errors") {
  for (std::string_view text : {"", "   ", "\n\n", "# only a comment"}) {
    Script s = parse_ok(text);
    CHECK(s.commands.empty());
    CHECK(s.pipelines.empty());
    CHECK_FALSE(s.has_errors);
  }
}

TEST_CASE("malformed scripts set has_errors and keep what they can") {
  Script s = parse_ok("apt-get update && (apt-get install -y curl");
  CHECK(s.has_errors);
  CHECK_FALSE(s.error_ranges.empty());
  // The complete command before the damage is still there.
  REQUIRE_FALSE(s.commands.empty());
  CHECK(s.commands[0].is("apt-get"));

  for (std::string_view broken : {"if then fi", "echo \"unterminated", "a && && b", "case x in", "$(", "|| b",
                                  "echo )", "for do done", "cat <<EOF", "echo `", "((("}) {
    CAPTURE(broken);
    Script b = parse_ok(broken);
    CHECK(b.has_errors);
  }
}

TEST_CASE("error ranges point into the Dockerfile") {
  std::string_view df = "RUN echo ok && \\\n  ( broken\n";
  Script s = parse_ok(from_dockerfile(df, 4));
  CHECK(s.has_errors);
  REQUIRE_FALSE(s.error_ranges.empty());
  for (auto r : s.error_ranges) {
    CHECK(r.begin >= 4);
    CHECK(r.end <= df.size());
  }
}

TEST_CASE("invalid UTF-8 does not break parsing or ranges") {
  std::string script = "echo \xff\xfe \xc3 && apt-get install -y caf\xc3\xa9 \xe2\x82";
  Script s = parse_ok(plain(script));
  REQUIRE(s.commands.size() == 2);
  CHECK(s.commands[1].is("apt-get"));
  CHECK(s.commands[0].args.at(0).literal == "\xff\xfe");
  CHECK(s.commands[1].args.at(2).literal == "caf\xc3\xa9");
  CHECK(s.commands[1].args.back().source.end == script.size());
}

TEST_CASE("NUL bytes and CR line endings are tolerated") {
  std::string script("echo a\0b; ls\r\n", 15);
  distill::core::Result<Script> r = parse(plain(script));
  REQUIRE(r.ok());
  CHECK_FALSE(r->commands.empty());
}

TEST_CASE("a 1 MB script parses in reasonable time") {
  std::string script;
  int n = 0;
  while (script.size() < (1u << 20)) {
    script += "apt-get install -y --no-install-recommends pkg" + std::to_string(n++) + "=1.2.* && ";
  }
  script += "echo done";
  auto start = std::chrono::steady_clock::now();
  Script s = parse_ok(plain(script));
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK_FALSE(s.has_errors);
  CHECK(s.commands.size() == static_cast<size_t>(n) + 1);
  CHECK(s.commands.back().placement.joined_by == Connector::kAnd);
  CHECK(s.commands[n / 2].args.at(3).literal == "pkg" + std::to_string(n / 2) + "=1.2.*");
  // One and-or list of ~10 000 commands, flattened without deep recursion.
  CHECK(s.commands.front().placement.and_or_list == s.commands.back().placement.and_or_list);
  CHECK(elapsed < std::chrono::seconds(10));
}

TEST_CASE("many separate lines and a long pipeline") {
  std::string lines;
  while (lines.size() < (1u << 18)) lines += "RUN_ME=1 make -j4 all >/dev/null 2>&1\n";
  Script s = parse_ok(plain(lines));
  CHECK_FALSE(s.has_errors);
  CHECK(s.commands.size() == s.redirects.size() / 2);

  std::string pipe = "cat x";
  for (int i = 0; i < 2000; ++i) pipe += " | tr a b";
  Script p = parse_ok(plain(pipe));
  REQUIRE(p.pipelines.size() == 1);
  CHECK(p.pipelines[0].stages.size() == 2001);
}

TEST_CASE("absurd nesting is an error value, not a stack overflow") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "$(echo ";
  deep += "x";
  for (int i = 0; i < 5000; ++i) deep += ")";
  distill::core::Result<Script> r = parse(plain(deep));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("nests deeper") != std::string::npos);

  std::string parens(3000, '(');
  parens += "ls";
  parens += std::string(3000, ')');
  CHECK_FALSE(parse(plain(parens)).ok());

  // Reasonable nesting is fine.
  std::string ok;
  for (int i = 0; i < 20; ++i) ok += "$(echo ";
  ok += "x";
  for (int i = 0; i < 20; ++i) ok += ")";
  Script s = parse_ok(plain(ok));
  // The outermost $(…) is itself the name of a command whose name is unknown.
  REQUIRE(s.commands.size() == 21);
  CHECK(s.commands.front().basename().empty());
  CHECK(s.commands.back().placement.substitution_depth == 20);
}

TEST_CASE("a Parser can be reused and moved") {
  Parser parser;
  auto a = parser.parse(plain("echo a"));
  auto b = parser.parse(plain("ls -l | wc -l"));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->commands.size() == 1);
  CHECK(b->pipelines.size() == 1);
  Parser moved = std::move(parser);
  CHECK(moved.parse(plain("x; y"))->commands.size() == 2);
  CHECK_FALSE(
      parser.parse(plain("x")).ok());  // NOLINT(bugprone-use-after-move): moved-from reports, not crashes
}

TEST_CASE("parse is safe to call from many threads") {
  std::vector<std::thread> threads;
  std::vector<size_t> counts(8, 0);
  for (size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([t, &counts] {
      std::string script;
      for (size_t i = 0; i <= t; ++i) script += "sudo apt-get install -y p" + std::to_string(i) + "; ";
      for (int round = 0; round < 20; ++round) {
        distill::core::Result<Script> r = parse(plain(script));
        if (r.ok()) counts[t] = r->invocations_of("apt-get").size();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (size_t t = 0; t < counts.size(); ++t) CHECK(counts[t] == t + 1);
}

TEST_CASE("random shell fragments never crash and keep ranges inside the text") {
  static constexpr std::string_view pieces[] = {
      "apt-get", " install",  " -y",      " &&",   " ||",   ";",     "\n",     " |", " $(", ")",   " `",
      "'",       "\"",        " <<EOF\n", "EOF\n", " >",    " 2>&1", " {",     " }", " (",  " if", " then",
      " fi",     " for x in", " do",      " done", " case", " esac", " ${A:-", "}",  " \\", " #",  " x=1",
      " sudo",   " env",      " -c",      " sh",   " \xff", " [[",   " ]]",    " !", " &"};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7fff;
  };
  for (int round = 0; round < 1500; ++round) {
    std::string script;
    const uint32_t count = next() % 24;
    for (uint32_t i = 0; i < count; ++i) script += pieces[next() % std::size(pieces)];
    distill::core::Result<Script> r = parse(plain(script));
    REQUIRE(r.ok());
    for (const Command& c : r->commands) {
      CHECK(c.source.begin <= c.source.end);
      CHECK(c.source.end <= script.size());
      for (const Word& w : c.args) {
        CHECK(w.source.end <= script.size());
        if (w.literal) CHECK(w.literal_offsets.size() == w.literal->size() + 1);
      }
      (void)c.effective();
    }
    for (const Redirect& rd : r->redirects) {
      if (rd.heredoc) CHECK(rd.heredoc->source.end <= script.size());
    }
  }
}
