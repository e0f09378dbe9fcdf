// Redirections and heredocs: rules look at what a command writes (> /etc/apt/sources.list) and at heredoc
// bodies fed to interpreters (python3 <<EOF).
#include <catch2/catch.hpp>

#include "shell_test_support.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

TEST_CASE("file redirects record operator, descriptor and target") {
  Script s = parse_ok("make >build.log 2>&1 </dev/null 3>&- &>>all.log");
  REQUIRE(s.commands.size() == 1);
  const auto& r = s.commands[0].redirects;
  REQUIRE(r.size() == 5);
  CHECK(r[0].op == ">");
  CHECK_FALSE(r[0].fd);
  CHECK(r[0].target.literal == "build.log");
  CHECK(r[1].op == ">&");
  CHECK(r[1].fd == 2);
  CHECK(r[1].target.literal == "1");
  CHECK(r[2].op == "<");
  CHECK(r[3].op == ">&-");
  CHECK(r[3].fd == 3);
  CHECK(r[3].target.raw.empty());
  CHECK(r[4].op == "&>>");
  CHECK(s.redirects.size() == 5);
  CHECK(s.commands[0].args.empty());
}

TEST_CASE("words after a redirect target are still arguments") {
  Script s = parse_ok("echo >/etc/motd hello world");
  REQUIRE(s.commands.size() == 1);
  REQUIRE(s.commands[0].args.size() == 2);
  CHECK(s.commands[0].args[0].literal == "hello");
  CHECK(s.commands[0].args[1].literal == "world");
  CHECK(s.commands[0].redirects[0].target.literal == "/etc/motd");
}

TEST_CASE("here-strings") {
  Script s = parse_ok("sha256sum -c <<< \"abc  file\"");
  REQUIRE(s.commands[0].redirects.size() == 1);
  CHECK(s.commands[0].redirects[0].op == "<<<");
  CHECK(s.commands[0].redirects[0].target.literal == "abc  file");
}

TEST_CASE("heredoc bodies, delimiters and the redirects after them") {
  std::string_view script = "cat <<EOF > /etc/app.conf\nhost=$HOST\nid=$(id -u)\nEOF\necho next";
  Script s = parse_ok(script);
  REQUIRE(s.commands.size() == 3);
  CHECK(s.commands[0].is("cat"));
  CHECK(s.commands[1].is("id"));
  CHECK(s.commands[1].placement.enclosing_command == 0u);
  CHECK(s.commands[2].is("echo"));
  CHECK(s.commands[2].placement.joined_by == Connector::kNewline);
  const auto& r = s.commands[0].redirects;
  REQUIRE(r.size() == 2);
  CHECK(r[0].op == "<<");
  REQUIRE(r[0].heredoc);
  CHECK(r[0].heredoc->delimiter == "EOF");
  CHECK(r[0].heredoc->expands);
  CHECK(r[0].heredoc->text == "host=$HOST\nid=$(id -u)\n");
  CHECK(slice(script, r[0].heredoc->source) == "host=$HOST\nid=$(id -u)\n");
  CHECK(slice(script, r[0].source) == "<<EOF");
  CHECK(r[1].op == ">");
  CHECK(r[1].target.literal == "/etc/app.conf");
}

TEST_CASE("a quoted delimiter turns off expansion in the body") {
  Script s = parse_ok("python3 <<'PY'\nimport os; print(os.getcwd())\n$(not a command)\nPY\n");
  REQUIRE(s.commands.size() == 1);
  const Redirect& r = s.commands[0].redirects.at(0);
  REQUIRE(r.heredoc);
  CHECK(r.heredoc->delimiter == "PY");
  CHECK_FALSE(r.heredoc->expands);
  CHECK(r.target.raw == "'PY'");
  CHECK(r.heredoc->text == "import os; print(os.getcwd())\n$(not a command)\n");
}

TEST_CASE("<<- bodies keep their tabs in the text and range") {
  std::string_view script = "cat <<-END\n\tline one\n\tline two\n\tEND\n";
  Script s = parse_ok(script);
  const Redirect& r = s.commands.at(0).redirects.at(0);
  REQUIRE(r.heredoc);
  CHECK(r.op == "<<-");
  CHECK(r.heredoc->strip_tabs);
  CHECK(r.heredoc->text == "\tline one\n\tline two\n");
}

TEST_CASE("an empty heredoc has an empty body") {
  Script s = parse_ok("cat <<EOF\nEOF\n");
  const Redirect& r = s.commands.at(0).redirects.at(0);
  REQUIRE(r.heredoc);
  CHECK(r.heredoc->text.empty());
  CHECK(r.heredoc->source.empty());
}

TEST_CASE("a heredoc piped into a shell is a pipeline") {
  Script s = parse_ok("cat <<'EOF' | sh\necho hi\nEOF\n");
  REQUIRE(s.commands.size() == 2);
  REQUIRE(s.pipelines.size() == 1);
  CHECK(s.pipelines[0].stages.size() == 2);
  CHECK(s.stage_commands(s.pipelines[0], 0).front()->is("cat"));
  CHECK(s.stage_commands(s.pipelines[0], 1).front()->is("sh"));
  CHECK(s.commands[1].placement.pipeline_stage == 1);
  CHECK(s.commands[1].placement.joined_by == Connector::kPipe);
}

TEST_CASE("a heredoc followed by && keeps the list") {
  Script s = parse_ok("cat <<EOF >/x && chmod +x /x\n#!/bin/sh\nEOF\n");
  REQUIRE(s.commands.size() == 2);
  CHECK(s.commands[1].is("chmod"));
  CHECK(s.commands[1].placement.joined_by == Connector::kAnd);
  CHECK(s.commands[1].placement.and_or_list == s.commands[0].placement.and_or_list);
  CHECK(s.pipelines.empty());
  REQUIRE(s.commands[0].redirects.size() == 2);
  CHECK(s.commands[0].redirects[0].heredoc->text == "#!/bin/sh\n");
}

TEST_CASE("heredoc body across a mapped script points into the Dockerfile") {
  std::string_view df = "RUN <<EOF\napt-get update\nEOF\n";
  // The model hands over a RUN heredoc body as its own script.
  const auto from = static_cast<uint32_t>(df.find("apt-get"));
  distill::core::MappedText body;
  body.append_source(df, from, from + 15);
  body.finish(from + 15);
  Script s = parse_ok(body);
  REQUIRE(s.commands.size() == 1);
  CHECK(slice(df, s.commands[0].source) == "apt-get update");
  CHECK(s.commands[0].subcommand() == "update");
}
