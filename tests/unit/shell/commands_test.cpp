// Rules subscribe to command names, so every simple command must be found — in lists, pipelines,
// subshells, substitutions and control structures — with a placement that says where it runs.
#include <catch2/catch.hpp>

#include "shell_test_support.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

namespace {

std::vector<std::string> names(const Script& s) {
  std::vector<std::string> out;
  for (const Command& c : s.commands) out.push_back(c.name.value());
  return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("&&, ||, ; and newlines join commands") {
  Script s = parse_ok("a && b || c; d & e\nf");
  CHECK(names(s) == Names{"a", "b", "c", "d", "e", "f"});
  CHECK(s.commands[0].placement.joined_by == Connector::kNone);
  CHECK(s.commands[1].placement.joined_by == Connector::kAnd);
  CHECK(s.commands[2].placement.joined_by == Connector::kOr);
  CHECK(s.commands[3].placement.joined_by == Connector::kSemicolon);
  CHECK(s.commands[4].placement.joined_by == Connector::kBackground);
  CHECK(s.commands[5].placement.joined_by == Connector::kNewline);
  CHECK(to_string(Connector::kAnd) == "&&");
  // a, b, c form one and-or list; d, e and f each stand alone.
  CHECK(s.commands[0].placement.and_or_list == s.commands[2].placement.and_or_list);
  CHECK(s.commands[3].placement.and_or_list != s.commands[0].placement.and_or_list);
  CHECK(s.commands[4].placement.and_or_list != s.commands[3].placement.and_or_list);
  CHECK(s.pipelines.empty());
}

TEST_CASE("pipelines list their stages") {
  Script s = parse_ok("curl -fsSL https://get.example | sudo bash -s -- --yes\nwget -qO- u |& tee log | sh");
  REQUIRE(s.pipelines.size() == 2);
  const Pipeline& p = s.pipelines[0];
  REQUIRE(p.stages.size() == 2);
  CHECK(s.stage_commands(p, 0).front()->is("curl"));
  CHECK(s.stage_commands(p, 1).front()->is("sudo"));
  CHECK(s.stage_commands(p, 1).front()->effective().is("bash"));
  CHECK(s.stage_commands(p, 7).empty());
  CHECK_FALSE(p.pipes_stderr);
  CHECK(s.commands[1].placement.pipeline == 0u);
  CHECK(s.commands[1].placement.pipeline_stage == 1);
  CHECK(s.commands[1].placement.joined_by == Connector::kPipe);
  CHECK_FALSE(s.commands[1].placement.is_top_level());
  const Pipeline& q = s.pipelines[1];
  CHECK(q.stages.size() == 3);
  CHECK(q.pipes_stderr);
  CHECK(s.commands[3].placement.joined_by == Connector::kPipeAll);
}

TEST_CASE("a redirect in the middle of a pipeline does not split it") {
  // tree-sitter-bash nests "d | e 2>/dev/null" as a pipeline inside the outer one; bash does not.
  Script s = parse_ok("d | e 2>/dev/null | f");
  REQUIRE(s.pipelines.size() == 1);
  CHECK(s.pipelines[0].stages.size() == 3);
  REQUIRE(s.commands.size() == 3);
  CHECK(s.commands[1].redirects.size() == 1);
  CHECK(s.commands[2].placement.pipeline_stage == 2);
  CHECK(s.commands[0].redirects.empty());
}

TEST_CASE("redirects after a list apply to its last command, as in bash") {
  Script s = parse_ok("a && b > f");
  REQUIRE(s.commands.size() == 2);
  CHECK(s.commands[0].redirects.empty());
  REQUIRE(s.commands[1].redirects.size() == 1);
  CHECK(s.commands[1].redirects[0].target.literal == "f");
}

TEST_CASE("subshells, brace groups and negation") {
  Script s = parse_ok("(cd /src && make) ; { echo hi; } ; ! grep -q x f");
  CHECK(names(s) == Names{"cd", "make", "echo", "grep"});
  CHECK(s.commands[0].placement.subshell_depth == 1);
  CHECK(s.commands[1].placement.subshell_depth == 1);
  CHECK(s.commands[1].placement.joined_by == Connector::kAnd);
  CHECK(s.commands[2].placement.in_brace_group);
  CHECK(s.commands[2].placement.subshell_depth == 0);
  CHECK(s.commands[3].placement.negated);
  CHECK_FALSE(s.commands[0].placement.is_top_level());
}

TEST_CASE("commands inside $(…) and backticks come right after the command that holds them") {
  Script s = parse_ok("echo $(uname -m) `id -u` && tar -C $(mktemp -d) -xf x <(cat y)");
  CHECK(names(s) == Names{"echo", "uname", "id", "tar", "mktemp", "cat"});
  const Placement& uname = s.commands[1].placement;
  CHECK(uname.substitution_depth == 1);
  CHECK_FALSE(uname.in_backticks);
  CHECK(uname.enclosing_command == 0u);
  CHECK(uname.joined_by == Connector::kNone);
  CHECK(s.commands[2].placement.in_backticks);
  CHECK(s.commands[2].placement.enclosing_command == 0u);
  CHECK(s.commands[3].placement.joined_by == Connector::kAnd);
  CHECK(s.commands[3].placement.substitution_depth == 0);
  CHECK(s.commands[4].placement.enclosing_command == 3u);
  CHECK(s.commands[5].placement.in_process_substitution);
  CHECK(s.commands[0].args[0].has_command_substitution);
}

TEST_CASE("commands in a substitution are not stages of the outer pipeline") {
  Script s = parse_ok("echo $(curl x | head -1) | sh");
  REQUIRE(s.pipelines.size() == 2);
  // Pipelines come in source order of their start: the outer one first.
  CHECK(s.pipelines[0].stages.size() == 2);
  CHECK(s.pipelines[0].stages[0] == std::vector<uint32_t>{0});
  CHECK(s.pipelines[0].stages[1] == std::vector<uint32_t>{3});
  CHECK(s.pipelines[1].stages[0] == std::vector<uint32_t>{1});
  CHECK(s.commands[1].placement.pipeline == 1u);
}

TEST_CASE("if, elif, else: conditions and branches") {
  Script s = parse_ok(
      "if [ -f /etc/debian_version ]; then apt-get update; elif command -v apk; then apk add x; "
      "else yum install -y x; fi");
  CHECK(names(s) == Names{"[", "apt-get", "command", "apk", "yum"});
  CHECK(s.commands[0].placement.in_condition);
  CHECK_FALSE(s.commands[0].placement.in_if_body);
  CHECK(s.commands[0].args.size() == 2);
  CHECK(s.commands[0].args[0].literal == "-f");
  CHECK(s.commands[1].placement.in_if_body);
  CHECK_FALSE(s.commands[1].placement.in_condition);
  CHECK(s.commands[1].placement.joined_by == Connector::kNone);
  CHECK(s.commands[2].placement.in_condition);
  CHECK(s.commands[3].placement.in_if_body);
  CHECK(s.commands[4].placement.in_if_body);
  CHECK_FALSE(s.commands[4].placement.in_condition);
}

TEST_CASE("for, while, until and case bodies") {
  Script s = parse_ok(
      "for f in $(ls /x); do rm \"$f\"; done\n"
      "while read -r l; do echo \"$l\"; done < list\n"
      "until curl -sf localhost; do sleep 1; done\n"
      "case \"$(uname -m)\" in x86_64) A=amd64 ;; *) echo other ;; esac");
  CHECK(names(s) == Names{"ls", "rm", "read", "echo", "curl", "sleep", "uname", "echo"});
  CHECK_FALSE(s.commands[0].placement.in_loop_body);
  CHECK(s.commands[0].placement.substitution_depth == 1);
  CHECK(s.commands[1].placement.in_loop_body);
  CHECK(s.commands[2].placement.in_condition);
  CHECK(s.commands[3].placement.in_loop_body);
  CHECK(s.commands[4].placement.in_condition);
  CHECK(s.commands[5].placement.in_loop_body);
  CHECK(s.commands[7].placement.in_case_body);
  // The redirect on the loop is recorded even though no simple command owns it.
  REQUIRE(s.redirects.size() == 1);
  CHECK(s.redirects[0].op == "<");
  CHECK(s.redirects[0].target.literal == "list");
  CHECK(s.assignments.size() == 1);
}

TEST_CASE("function bodies are marked with the function's name") {
  Script s = parse_ok(
      "install_deps() { apt-get update; }\nfunction cleanup { rm -rf /var/lib/apt/lists/*; }\ninstall_deps");
  CHECK(names(s) == Names{"apt-get", "rm", "install_deps"});
  CHECK(s.commands[0].placement.in_function);
  CHECK(s.commands[0].placement.function_name == "install_deps");
  CHECK(s.commands[1].placement.function_name == "cleanup");
  CHECK_FALSE(s.commands[2].placement.in_function);
  CHECK(s.commands[2].placement.is_top_level());
}

TEST_CASE("declaration builtins and unset are commands named by their keyword") {
  Script s = parse_ok("export PATH=/opt/bin:$PATH LANG=C; unset X Y; readonly Z=1");
  CHECK(names(s) == Names{"export", "unset", "readonly"});
  REQUIRE(s.commands[0].args.size() == 2);
  CHECK_FALSE(s.commands[0].args[0].literal);
  CHECK(s.commands[0].args[1].literal == "LANG=C");
  CHECK(s.commands[1].args.size() == 2);
  CHECK(s.commands[2].args[0].literal == "Z=1");
}

TEST_CASE("[[ ]] tests expose their words and the commands inside them") {
  Script s = parse_ok("[[ -n \"$(command -v node)\" ]] && node --version");
  CHECK(names(s) == Names{"[[", "command", "node"});
  CHECK(s.commands[0].args.size() == 2);
  CHECK(s.commands[1].placement.enclosing_command == 0u);
  CHECK(s.commands[2].placement.joined_by == Connector::kAnd);
}

TEST_CASE("command ranges in the script cover prefixes and redirects") {
  std::string_view script = "cd /x && FOO=1 make install >/dev/null 2>&1; echo done";
  Script s = parse_ok(script);
  REQUIRE(s.commands.size() == 3);
  CHECK(slice(script, s.commands[1].source) == "FOO=1 make install >/dev/null 2>&1");
  CHECK(slice(script, s.commands[1].script) == "FOO=1 make install >/dev/null 2>&1");
  CHECK(s.commands[2].placement.joined_by == Connector::kSemicolon);
}
