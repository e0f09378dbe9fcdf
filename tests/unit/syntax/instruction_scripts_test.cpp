// The shell inside RUN, from Dockerfile text to commands with exact line:column, across continuations and
// heredocs: the path every RUN rule depends on.
#include <catch2/catch.hpp>

#include "syntax/instruction_scripts.h"
#include "syntax/parser.h"

using namespace distill;

namespace {

syntax::Dockerfile parse(std::string text) {
  syntax::Parser parser;
  auto parsed = parser.parse(core::SourceText("Dockerfile", std::move(text)));
  REQUIRE(parsed);
  return std::move(parsed.value());
}

}  // namespace

TEST_CASE("RUN commands map to exact positions across continuations and comment lines") {
  auto f = parse(
      "FROM debian\n"
      "RUN apt-get update \\\n"
      "  # refresh first\n"
      "  && apt-get install -y --no-install-recommends curl=7.88 \\\n"
      "  && curl -fsSL https://x.example/install.sh | sh\n");
  syntax::shell::Parser bash;
  auto scripts = syntax::parse_scripts(f.stages[0].instructions[1], bash);
  REQUIRE(scripts.size() == 1);
  const auto& script = scripts[0];
  CHECK_FALSE(script.has_errors);
  auto installs = script.invocations_of("apt-get");
  REQUIRE(installs.size() == 2);
  const auto& install = installs[1];
  CHECK(install.subcommand() == "install");
  CHECK(install.has_flag("y"));
  auto packages = install.args_without_flags();
  REQUIRE(packages.size() == 2);
  CHECK(packages[1].value() == "curl=7.88");
  auto where = f.source().position(packages[1].source.begin);
  CHECK(where.line == 4);
  CHECK(where.column == 49);
  CHECK(f.source().slice(packages[1].source) == "curl=7.88");
  REQUIRE(script.pipelines.size() == 1);
  auto last_stage = script.stage_commands(script.pipelines[0], 1);
  REQUIRE(last_stage.size() == 1);
  CHECK(last_stage[0]->basename() == "sh");
  CHECK(f.source().position(last_stage[0]->source.begin).line == 5);
}

TEST_CASE("heredoc bodies that a shell runs are parsed; data heredocs are not") {
  auto f = parse(
      "FROM debian\n"
      "RUN <<EOF\n"
      "apt-get update\n"
      "apt-get install -y git\n"
      "EOF\n"
      "RUN bash -e <<EOF\n"
      "pip install flask\n"
      "EOF\n"
      "RUN python3 <<EOF\n"
      "print('hi')\n"
      "EOF\n"
      "RUN cat <<EOF > /etc/motd\n"
      "hello\n"
      "EOF\n"
      "RUN <<EOF\n"
      "#!/usr/bin/env python3\n"
      "print(1)\n"
      "EOF\n");
  const auto& in = f.stages[0].instructions;
  CHECK(syntax::heredoc_is_shell_script(in[1], 0));
  CHECK(syntax::heredoc_is_shell_script(in[2], 0));
  CHECK_FALSE(syntax::heredoc_is_shell_script(in[3], 0));
  CHECK_FALSE(syntax::heredoc_is_shell_script(in[4], 0));
  CHECK_FALSE(syntax::heredoc_is_shell_script(in[5], 0));
  syntax::shell::Parser bash;
  auto scripts = syntax::parse_scripts(in[1], bash);
  REQUIRE(scripts.size() == 2);  // the command line "<<EOF" and the body
  auto git = scripts[1].invocations_of("apt-get");
  REQUIRE(git.size() == 2);
  CHECK(f.source().position(git[1].source.begin).line == 4);
  CHECK(f.source().position(git[1].source.begin).column == 1);
  auto pip = syntax::parse_scripts(in[2], bash);
  REQUIRE(pip.size() == 2);
  CHECK(pip[1].invocations_of("pip").size() == 1);
}

TEST_CASE("JSON-form RUN has no shell script") {
  auto f = parse("FROM debian\nRUN [\"apt-get\", \"install\", \"x\"]\n");
  syntax::shell::Parser bash;
  CHECK(syntax::parse_scripts(f.stages[0].instructions[1], bash).empty());
}
