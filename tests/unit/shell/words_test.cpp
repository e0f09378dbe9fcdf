// Word values decide rule outcomes ("is this package pinned?"), so quote removal, escapes and expansion
// detection must match the shell.
#include <catch2/catch.hpp>

#include "shell_test_support.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

namespace {

// The arguments of the only command in `script`.
std::vector<Word> args_of(std::string_view script) {
  Script s = parse_ok(script);
  REQUIRE(!s.commands.empty());
  return s.commands[0].args;
}

}  // namespace

TEST_CASE("plain words, options and version pins are literal") {
  auto args = args_of("apt-get install -y --opt=value pkg=1.2.* 123");
  REQUIRE(args.size() == 5);
  CHECK(args[1].literal == "-y");
  CHECK(args[2].literal == "--opt=value");
  CHECK(args[3].literal == "pkg=1.2.*");
  CHECK(args[3].has_glob);
  CHECK_FALSE(args[3].has_expansion);
  CHECK(args[4].literal == "123");
  CHECK_FALSE(args[1].is_quoted);
}

TEST_CASE("quoted strings lose their quotes") {
  auto args = args_of(R"sh(echo 'quoted' "dq text" a"b"'c' "say \"hi\" \$x \\ \n")sh");
  REQUIRE(args.size() == 4);
  CHECK(args[0].literal == "quoted");
  CHECK(args[0].raw == "'quoted'");
  CHECK(args[0].is_quoted);
  CHECK(args[1].literal == "dq text");
  CHECK(args[2].literal == "abc");
  CHECK(args[2].is_quoted);
  // Inside "…" a backslash escapes only $ ` " \ ; "\n" stays two characters.
  CHECK(args[3].literal == R"sh(say "hi" $x \ \n)sh");
}

TEST_CASE("expansions make the value unknown but are flagged") {
  auto args = args_of(R"sh(echo "$VAR" ${A:-b} $HOME/x "pre-$(date)" `id -u` $((1+2)) ~/bin)sh");
  REQUIRE(args.size() == 7);
  CHECK_FALSE(args[0].literal);
  CHECK(args[0].has_expansion);
  CHECK(args[0].is_quoted);
  CHECK_FALSE(args[0].has_command_substitution);
  CHECK(args[0].raw == "\"$VAR\"");
  CHECK(args[0].value() == "\"$VAR\"");
  CHECK_FALSE(args[1].literal);
  CHECK(args[1].raw == "${A:-b}");
  CHECK_FALSE(args[2].literal);
  CHECK(args[3].has_command_substitution);
  CHECK_FALSE(args[3].literal);
  CHECK(args[4].has_command_substitution);
  CHECK_FALSE(args[5].literal);
  CHECK(args[5].has_expansion);
  CHECK_FALSE(args[6].literal);  // tilde expansion
  CHECK(args[6].has_expansion);
}

TEST_CASE("backslash escapes outside quotes are resolved") {
  auto args = args_of(R"sh(echo a\$b \*.txt x\ y a~b)sh");
  REQUIRE(args.size() == 4);
  CHECK(args[0].literal == "a$b");
  CHECK_FALSE(args[0].has_expansion);
  CHECK(args[1].literal == "*.txt");
  CHECK_FALSE(args[1].has_glob);
  CHECK(args[2].literal == "x y");
  CHECK(args[3].literal == "a~b");  // ~ only expands at the start of a word
}

TEST_CASE("bash ANSI-C strings resolve C escapes") {
  auto args = args_of(R"sh(printf $'a\tb\n\x41\101\'')sh");
  REQUIRE(args.size() == 1);
  CHECK(args[0].literal == "a\tb\nAA'");
  CHECK(args[0].is_quoted);
}

TEST_CASE("a literal's offsets point at each source byte") {
  Script s = parse_ok("echo 'ab' c\"d\"");
  const Word& w = s.commands[0].args[1];
  REQUIRE(w.literal == "cd");
  REQUIRE(w.literal_offsets.size() == 3);
  CHECK(w.literal_offsets[0] == 10);
  CHECK(w.literal_offsets[1] == 12);
  CHECK(w.literal_offsets[2] == 14);
  auto mapped = w.mapped_literal();
  REQUIRE(mapped);
  CHECK(mapped->text() == "cd");
  CHECK(mapped->to_source(1, 2).begin == 12);
  CHECK_FALSE(s.commands[0].args[0].mapped_literal() == std::nullopt);
}

TEST_CASE("assignment prefixes and standalone assignments") {
  Script s = parse_ok(
      "DEBIAN_FRONTEND=noninteractive X= Y=\"$Z\" apt-get install -y x\nFOO=bar\nA=1 B=$(uname -m)sh");
  REQUIRE(s.commands.size() == 2);
  const Command& apt = s.commands[0];
  CHECK(apt.is("apt-get"));
  REQUIRE(apt.assignments.size() == 3);
  CHECK(apt.assignments[0].first == "DEBIAN_FRONTEND");
  CHECK(apt.assignments[0].second.literal == "noninteractive");
  CHECK(apt.assignments[1].first == "X");
  CHECK(apt.assignments[1].second.literal == "");
  CHECK(apt.assignments[2].first == "Y");
  CHECK_FALSE(apt.assignments[2].second.literal);
  REQUIRE(s.assignments.size() == 3);
  CHECK(s.assignments[0].name == "FOO");
  CHECK(s.assignments[0].value.literal == "bar");
  CHECK(s.assignments[2].name == "B");
  CHECK(s.assignments[2].value.has_command_substitution);
  // The uname inside B=$(…) is still a command.
  CHECK(s.commands[1].is("uname"));
  CHECK(s.commands[1].placement.substitution_depth == 1);
}

TEST_CASE("command names may be paths, quoted, or unknown") {
  Script s = parse_ok("/usr/bin/apt-get update; \"pip\" install x; $CMD run; ./configure");
  REQUIRE(s.commands.size() == 4);
  CHECK(s.commands[0].name.raw == "/usr/bin/apt-get");
  CHECK(s.commands[0].basename() == "apt-get");
  CHECK(s.commands[1].basename() == "pip");
  CHECK(s.commands[2].basename() == "");
  CHECK(s.commands[2].name.has_expansion);
  CHECK(s.commands[3].basename() == "configure");
}
