// Whole-file parsing: BOM, CRLF, directives, comments, continuations, warnings, line numbers and errors.
#include <catch2/catch.hpp>

#include <string>

#include "syntax/buildkit/parser.h"

namespace bk = distill::syntax::buildkit;

namespace {

std::string ast(std::string_view file) {
  auto parsed = bk::parse_file(file);
  if (!parsed) return "error at " + std::to_string(parsed.error().line) + ": " + parsed.error().message;
  return bk::dump_ast(parsed->instructions);
}

}  // namespace

TEST_CASE("BOM and CRLF") {
  CHECK(ast("\xEF\xBB\xBF"
            "FROM a\n") == R"((from "a"))");
  CHECK(ast("FROM a\r\nRUN a \\\r\n b\r\n") == "(from \"a\")\n(run \"a  b\")");
  CHECK(ast("FROM a\nRUN \xEF\xBB\xBF") ==
        "(from \"a\")\n(run \"\\ufeff\")");  // only the first line's BOM goes
}

TEST_CASE("parser directives: where they count and what they do") {
  auto parsed = bk::parse_file("# escape=`\nFROM a\nRUN a `\n b\n");
  REQUIRE(parsed.ok());
  CHECK(parsed->escape == '`');
  CHECK(bk::dump_ast(parsed->instructions) == "(from \"a\")\n(run \"a  b\")");
  CHECK(ast("#escape = ` \nFROM a `\n b") == R"((from "a" "b"))");
  CHECK(ast("  # syntax=docker/dockerfile:1\n# check=skip=all\n# escape=`\nFROM a `\n b") ==
        R"((from "a" "b"))");
  CHECK(ast("# ESCAPE=`\nFROM a `\n b") == R"((from "a" "b"))");
  // After any other comment, a blank line or an instruction, directives are ordinary comments.
  CHECK(ast("# hello\n# escape=`\nFROM a `\nRUN b") == "(from \"a\" \"`\")\n(run \"b\")");
  CHECK(ast("\n# escape=`\nFROM a `\nRUN b") == "(from \"a\" \"`\")\n(run \"b\")");
  CHECK(ast("FROM a\n# escape=`\nRUN b `\nRUN c") == "(from \"a\")\n(run \"b `\")\n(run \"c\")");
  CHECK(ast("# escape=`\n# escape=\\\nFROM a") == "error at 2: only one escape parser directive can be used");
  CHECK(ast("# syntax=a\n# SYNTAX=b\nFROM a") == "error at 2: only one syntax parser directive can be used");
  CHECK(ast("# escape=x\nFROM a") == "error at 1: invalid escape token 'x' does not match ` or \\");
  CHECK(ast("# escape=  \nFROM a") == "error at 1: invalid escape token ' ' does not match ` or \\");
  CHECK(ast("# unknown=x\n# escape=`\nFROM a `\nRUN b") == "(from \"a\" \"`\")\n(run \"b\")");
}

TEST_CASE("comments and continuation lines") {
  CHECK(ast("# c\nFROM a # not a comment\n  # indented comment\n") ==
        R"((from "a" "#" "not" "a" "comment"))");
  CHECK(ast("RUN a \\\n# c\n  # d\n b") == R"((run "a  b"))");
  CHECK(ast("RUN a \\\\\nRUN b") ==
        "(run \"a \\\\\\\\\")\n(run \"b\")");  // an escaped escape does not continue
  // BuildKit's regex cannot see that the third backslash is a continuation after an escaped one.
  CHECK(ast("RUN a\\\\\\\n b") == "(run \"a\\\\\\\\\\\\\")\n(b \"\")");
  CHECK(ast("RUN a \\ \t\n b") == R"((run "a  b"))");  // blanks after the escape are fine
  CHECK(ast("\\\nFROM a") == R"((from "a"))");
  CHECK(ast("FROM a\nRUN a \\") == "(from \"a\")\n(run \"a\")");
  CHECK(ast("RUN a\\\n\\\n b") == R"((run "a b"))");

  auto parsed = bk::parse_file(
      "\nFROM alpine:3.6\n\nRUN valid \\\n    continuation\n\nRUN something \\\n\n    following \\\n\n    "
      "more\n\n"
      "RUN another \\\n\n    thing\n\nRUN non-indented \\\n# this is a comment\n   after-comment\n\n"
      "RUN indented \\\n    # this is an indented comment\n    comment\n\t");
  REQUIRE(parsed.ok());
  REQUIRE(parsed->warnings.size() == 2);
  CHECK(parsed->warnings[0].find("Empty continuation line found in") != std::string::npos);
  CHECK(parsed->warnings[0].find("RUN something     following     more") != std::string::npos);
  CHECK(parsed->warnings[1].find("RUN another     thing") != std::string::npos);
  CHECK(parsed->instructions[1].start_line == 4);
  CHECK(parsed->instructions[1].end_line == 5);
  CHECK(parsed->instructions[2].original == "RUN something     following     more");
}

TEST_CASE("errors carry the line of the failing statement") {
  CHECK(ast("") == "error at 0: file with no instructions");
  CHECK(ast("# only\n\n   \n") == "error at 3: file with no instructions");
  CHECK(ast("FROM a\n\nENV a=1 \\\n  b") ==
        "error at 3: Syntax error - can't find = in \"b\". Must be of the form: name=value");
  CHECK(ast("FROM a\nCMD [\"a\", \\\n 1]") ==
        "error at 2: when using JSON array syntax, arrays must be comprised of strings only");
}

TEST_CASE("lines longer than bufio.Scanner's limit fail the file") {
  const std::string ok_line = "LABEL test=" + std::string(bk::max_line_length - 11, 'a');
  REQUIRE(ok_line.size() == bk::max_line_length);
  CHECK(bk::parse_file("FROM a\n" + ok_line + "\n").ok());
  CHECK(bk::parse_file("FROM a\n" + ok_line).ok());
  auto too_long = bk::parse_file("\n\t\tFROM image\n\t\tLABEL test=" + std::string(65536, 'a') + "\n");
  REQUIRE_FALSE(too_long.ok());
  CHECK(too_long.error().message == "dockerfile line greater than max allowed size of 65535");
  CHECK(too_long.error().line == 3);
  // With nothing parsed before it, BuildKit reports the empty file instead.
  auto first = bk::parse_file(std::string(70000, 'a'));
  REQUIRE_FALSE(first.ok());
  CHECK(first.error().message == "file with no instructions");
}

TEST_CASE("original text and line numbers of instructions") {
  auto parsed = bk::parse_file("FROM a AS b\n\nCOPY --from=b \\\n  /x \\\n  /y\n");
  REQUIRE(parsed.ok());
  const auto& copy = parsed->instructions[1];
  CHECK(copy.original == "COPY --from=b   /x   /y");
  CHECK(copy.flags == std::vector<std::string>{"--from=b"});
  CHECK(copy.start_line == 3);
  CHECK(copy.end_line == 5);
}
