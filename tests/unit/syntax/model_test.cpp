// The typed model: what every rule, the rewriter and the LSP read. Each case pins one piece of semantics.
#include <catch2/catch.hpp>

#include "syntax/parser.h"
#include "syntax/variable_scope.h"

using namespace distill;
using syntax::Form;

namespace {

syntax::Dockerfile parse(std::string text) {
  syntax::Parser parser;
  auto parsed = parser.parse(core::SourceText("Dockerfile", std::move(text)));
  REQUIRE(parsed);
  return std::move(parsed.value());
}

std::string slice(const syntax::Dockerfile& f, core::ByteRange r) {
  return std::string(f.source().slice(r));
}

}  // namespace

TEST_CASE("stages carry base image parts, alias, platform and parent") {
  auto f = parse(
      "ARG BASE=python:3.11-slim\n"
      "FROM --platform=$BUILDPLATFORM ${BASE} AS Build\n"
      "RUN echo hi\n"
      "FROM build AS test\n"
      "FROM gcr.io/distroless/python3-debian12:nonroot@sha256:abc\n");
  REQUIRE(f.errors.empty());
  REQUIRE(f.preamble.size() == 1);
  REQUIRE(f.stages.size() == 3);
  const auto& s0 = f.stages[0];
  CHECK(s0.alias == "build");
  CHECK(slice(f, s0.alias_range) == "Build");
  CHECK(s0.platform == "$BUILDPLATFORM");
  CHECK(s0.base.text == "${BASE}");
  CHECK(s0.resolved_base.repository == "python");
  CHECK(s0.resolved_base.tag == "3.11-slim");
  CHECK(f.stages[1].parent == 0u);
  CHECK_FALSE(f.stages[2].parent.has_value());
  CHECK(f.stages[2].base.registry == "gcr.io");
  CHECK(f.stages[2].base.repository == "distroless/python3-debian12");
  CHECK(f.stages[2].base.tag == "nonroot");
  CHECK(f.stages[2].base.digest == "sha256:abc");
  CHECK(f.stages[0].instructions.size() == 2);
}

TEST_CASE("flags and arguments map back to exact source ranges across continuations") {
  auto f = parse("FROM a\nCOPY --from=build \\\n     --chown=1:2 src/ \\\n  /dst/\n");
  const auto& copy = f.stages[0].instructions[1];
  REQUIRE(copy.flags.size() == 2);
  CHECK(copy.flags[0].name == "from");
  CHECK(copy.flags[0].value == "build");
  CHECK(slice(f, copy.flags[0].value_range) == "build");
  CHECK(slice(f, copy.flags[1].range) == "--chown=1:2");
  REQUIRE(copy.args.size() == 2);
  CHECK(copy.args[1].text == "/dst/");
  CHECK(slice(f, copy.args[1].range) == "/dst/");
  CHECK(f.source().position(copy.args[1].range.begin).line == 4);
  CHECK(copy.logical.text() == " --from=build      --chown=1:2 src/   /dst/");
}

TEST_CASE("JSON form only when the whole argument is a JSON string array") {
  auto f = parse(
      "FROM a\n"
      "CMD [\"python\", \"app.py\"]\n"
      "CMD ['single', 'quotes']\n"
      "ENTRYPOINT exec node server.js\n"
      "RUN [\"a\" , \"b\"] trailing\n");
  const auto& in = f.stages[0].instructions;
  CHECK(in[1].form == Form::kJson);
  REQUIRE(in[1].args.size() == 2);
  CHECK(in[1].args[1].text == "app.py");
  CHECK(in[2].form == Form::kShell);
  CHECK(in[2].command.text() == "['single', 'quotes']");
  CHECK(in[3].form == Form::kShell);
  CHECK(in[3].command.text() == "exec node server.js");
  CHECK(in[4].form == Form::kShell);
}

TEST_CASE("shell command text drops continuations and comment lines and maps back") {
  auto f = parse(
      "FROM a\n"
      "RUN --mount=type=cache,target=/root/.cache apt-get update \\\n"
      "# a comment inside\n"
      "\n"
      "    && apt-get install -y curl\n");
  const auto& run = f.stages[0].instructions[1];
  REQUIRE(run.flags.size() == 1);
  CHECK(run.flags[0].name == "mount");
  CHECK(run.command.text() == "apt-get update     && apt-get install -y curl");
  auto install = run.command.text().find("install");
  auto range = run.command.to_source(static_cast<uint32_t>(install), static_cast<uint32_t>(install + 7));
  CHECK(slice(f, range) == "install");
  CHECK(f.source().position(range.begin).line == 5);
  bool saw_inner_comment = false;
  for (const auto& c : f.comments) saw_inner_comment |= c.inside_instruction && c.text == "a comment inside";
  CHECK(saw_inner_comment);
}

TEST_CASE("blank lines inside a continuation are located, comment and escape-only lines are not") {
  auto f = parse(
      "FROM a\n"
      "RUN one \\\n"
      "\n"
      "  \t\n"
      "    two \\\n"
      "# comment\n"
      "\n"
      "    three\n"
      "RUN four \\\n"
      " \\\n"
      "    five\n"
      "COPY <<EOF /x\n"
      "\n"
      "EOF\n"
      "ONBUILD RUN six \\\r\n"
      "\r\n"
      "  seven\n"
      "RUN eight \\\n"
      "  ");
  const auto& in = f.stages[0].instructions;
  REQUIRE(in.size() == 6);
  REQUIRE(in[1].empty_continuation_lines.size() == 3);
  CHECK(f.source().position(in[1].empty_continuation_lines[0].begin).line == 3);
  CHECK(in[1].empty_continuation_lines[0].empty());
  CHECK(slice(f, in[1].empty_continuation_lines[1]) == "  \t");
  CHECK(f.source().position(in[1].empty_continuation_lines[2].begin).line == 7);
  CHECK(in[2].empty_continuation_lines.empty());  // " \" continues, it is not empty
  CHECK(in[3].empty_continuation_lines.empty());  // heredoc bodies are not continuations
  REQUIRE(in[4].empty_continuation_lines.size() == 1);
  CHECK(slice(f, in[4].empty_continuation_lines[0]) == "\r");
  REQUIRE(in[4].trigger.size() == 1);
  CHECK(in[4].trigger[0].empty_continuation_lines == in[4].empty_continuation_lines);
  // Blanks after the last newline of the file are one more line of the continued instruction.
  REQUIRE(in[5].empty_continuation_lines.size() == 1);
  CHECK(slice(f, in[5].empty_continuation_lines[0]) == "  ");
}

TEST_CASE("heredocs keep their bodies, delimiters and expansion mode") {
  auto f = parse(
      "FROM a\n"
      "RUN <<EOF bash\n"
      "set -e\n"
      "echo $HOME\n"
      "EOF\n"
      "COPY <<-\"CONF\" <<TWO /etc/\n"
      "\tkey=1\n"
      "\tCONF\n"
      "two\n"
      "TWO\n"
      "CMD [\"x\"]\n");
  const auto& run = f.stages[0].instructions[1];
  REQUIRE(run.heredocs.size() == 1);
  CHECK(run.heredocs[0].delimiter == "EOF");
  CHECK(run.heredocs[0].expand);
  CHECK(run.heredocs[0].body == "set -e\necho $HOME\n");
  const auto& copy = f.stages[0].instructions[2];
  REQUIRE(copy.heredocs.size() == 2);
  CHECK(copy.heredocs[0].delimiter == "CONF");
  CHECK(copy.heredocs[0].strip_tabs);
  CHECK_FALSE(copy.heredocs[0].expand);
  CHECK(copy.heredocs[0].body == "key=1\n");
  CHECK(copy.heredocs[1].body == "two\n");
  CHECK(f.stages[0].instructions.size() == 4);
  CHECK(f.stages[0].instructions[3].is("CMD"));
}

TEST_CASE("ENV, LABEL and ARG pairs, new and legacy forms") {
  auto f = parse(
      "ARG VERSION=1.0 OTHER\n"
      "FROM a\n"
      "ENV A=1 B=\"two words\"\n"
      "ENV LEGACY some value\n"
      "LABEL org.opencontainers.image.title=\"x\" k=v\n");
  const auto& arg = f.preamble[0];
  REQUIRE(arg.pairs.size() == 2);
  CHECK(arg.pairs[0].key == "VERSION");
  CHECK(arg.pairs[0].value == "1.0");
  CHECK_FALSE(arg.pairs[1].value.has_value());
  const auto& env = f.stages[0].instructions[1];
  REQUIRE(env.pairs.size() == 2);
  CHECK(env.pairs[1].key == "B");
  CHECK(env.pairs[1].value == "\"two words\"");
  const auto& legacy = f.stages[0].instructions[2];
  REQUIRE(legacy.pairs.size() == 1);
  CHECK(legacy.pairs[0].value == "some value");
  CHECK_FALSE(legacy.pairs[0].has_equals);
  CHECK(f.stages[0].instructions[3].pairs.size() == 2);
}

TEST_CASE("variable scoping follows BuildKit") {
  auto f = parse(
      "ARG TAG=3.11\n"
      "ARG ONLY_GLOBAL=g\n"
      "FROM python:${TAG} AS base\n"
      "ARG TAG\n"
      "ENV HOME_DIR=/srv APP=${HOME_DIR}/app\n"
      "RUN echo\n"
      "FROM base\n"
      "RUN echo\n");
  auto s = syntax::scope_before(f, 0, 3);
  CHECK(s.get("TAG") == "3.11");
  CHECK_FALSE(s.contains("ONLY_GLOBAL"));
  CHECK(s.get("HOME_DIR") == "/srv");
  CHECK(syntax::expand_at(f, 0, 3, "${APP}/x") == "/srv/app/x");
  // A stage built FROM another stage inherits its ENV and ARG.
  CHECK(syntax::expand_at(f, 1, 1, "$HOME_DIR") == "/srv");
  CHECK(f.stages[0].resolved_base.tag == "3.11");
}

TEST_CASE("escape directive, ONBUILD, unknown instructions, CRLF and BOM") {
  auto win =
      parse("# escape=`\r\nFROM mcr.microsoft.com/windows:ltsc2022\r\nRUN dir C:\\ `\r\n    && echo ok\r\n");
  CHECK(win.escape == '`');
  REQUIRE(win.directives.size() == 1);
  CHECK(win.directives[0].name == "escape");
  REQUIRE(win.stages.size() == 1);
  CHECK(win.stages[0].instructions[1].command.text() == "dir C:\\     && echo ok");

  auto f = parse(
      "\xEF\xBB\xBF"
      "FROM a\nONBUILD RUN apt-get install x\nCOPPY a b\n");
  REQUIRE(f.stages.size() == 1);
  const auto& onbuild = f.stages[0].instructions[1];
  REQUIRE(onbuild.trigger.size() == 1);
  CHECK(onbuild.trigger[0].is("RUN"));
  CHECK(onbuild.effective().command.text() == "apt-get install x");
  const auto& unknown = f.stages[0].instructions[2];
  CHECK_FALSE(unknown.known);
  CHECK(unknown.keyword == "COPPY");
  CHECK(f.errors.empty());
}

TEST_CASE("inputs that cannot be Dockerfiles are errors with a location") {
  syntax::Parser parser;
  auto binary = parser.parse(core::SourceText("bin", std::string("FROM a\nRUN x\0y\n", 15)));
  REQUIRE_FALSE(binary);
  CHECK(binary.error().line == 2);
  CHECK(binary.error().message.find("binary") != std::string::npos);
  auto latin1 = parser.parse(core::SourceText("l1", "FROM a\n# caf\xE9\n"));
  REQUIRE_FALSE(latin1);
  CHECK(latin1.error().describe() == "l1:2:6: invalid UTF-8");
  auto empty = parser.parse(core::SourceText("empty", ""));
  REQUIRE(empty);
  REQUIRE(empty->errors.size() == 1);
  CHECK(empty->errors[0].message == "file with no instructions");
}

TEST_CASE("ENV pair ranges stay on their own pair when a key reappears in a value") {
  auto f = parse("FROM a\nENV PATH=/a:${PATH} PATH=/b:${PATH}\n");
  const auto& env = f.stages[0].instructions[1];
  REQUIRE(env.pairs.size() == 2);
  CHECK(slice(f, env.pairs[1].key_range) == "PATH");
  CHECK(f.source().position(env.pairs[1].key_range.begin).column == 21);
  CHECK(slice(f, env.pairs[1].value_range) == "/b:${PATH}");
}

TEST_CASE("ENV pair ranges across continuation lines") {
  auto f = parse("FROM a\nENV A=1 \\\n    MYSQL_PASSWORD=changeme \\\n    B=2\n");
  const auto& env = f.stages[0].instructions[1];
  REQUIRE(env.pairs.size() == 3);
  CHECK(slice(f, env.pairs[1].key_range) == "MYSQL_PASSWORD");
  CHECK(slice(f, env.pairs[1].value_range) == "changeme");
  CHECK(f.source().position(env.pairs[2].key_range.begin).line == 4);
}

TEST_CASE("a syntax error names the instruction and what could not be placed") {
  auto f = parse("FROM a\nHEALTHCHECK NONE x\n");
  REQUIRE_FALSE(f.errors.empty());
  CHECK(f.errors[0].message == "syntax error in HEALTHCHECK: unexpected `x`");
  CHECK(f.source().position(f.errors[0].range.begin).line == 2);
}

TEST_CASE("a heredoc the file ends inside is an error, as BuildKit makes it one") {
  auto open = parse("FROM a\nRUN <<EOF cat <<END\necho\nEOF\nstill inside\n");
  REQUIRE(open.errors.size() == 1);
  CHECK(open.errors[0].message == "unterminated heredoc: no line `END` closes it");
  CHECK(slice(open, open.errors[0].range) == "<<END");
  auto closed = parse("FROM a\nRUN <<EOF\necho\nEOF");  // the delimiter may be the last line without "\n"
  CHECK(closed.errors.empty());
}
