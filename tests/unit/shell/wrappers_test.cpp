// Rules about apt-get must still fire on "sudo apt-get …" or "env X=1 apt-get …"; the view sees through
// the usual wrappers and says which ones it stripped.
#include <catch2/catch.hpp>

#include "shell_test_support.h"
#include "syntax/shell/wrappers.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

namespace {

Command only(std::string_view script) {
  Script s = parse_ok(script);
  REQUIRE(s.commands.size() == 1);
  return s.commands[0];
}

}  // namespace

TEST_CASE("sudo with options is seen through") {
  Command c = only("sudo -E -u root apt-get install -y curl");
  CHECK(c.is("sudo"));
  Command e = c.effective();
  CHECK(e.is("apt-get"));
  CHECK(e.wrappers == std::vector<std::string>{"sudo"});
  CHECK(e.subcommand() == "install");
  CHECK(e.has_flag("y"));
  CHECK_FALSE(e.has_flag("E"));
  CHECK(e.source == c.source);
  CHECK(e.name.source.begin == c.args[3].source.begin);
}

TEST_CASE("env moves NAME=value words into assignments") {
  Command e = only("env -u HOME DEBIAN_FRONTEND=noninteractive PATH=/x apt-get update").effective();
  CHECK(e.is("apt-get"));
  REQUIRE(e.assignments.size() == 2);
  CHECK(e.assignments[0].first == "DEBIAN_FRONTEND");
  CHECK(e.assignments[0].second.literal == "noninteractive");
  CHECK(e.assignments[0].second.source.begin == e.assignments[0].second.literal_offsets.front());
  CHECK(e.assignments[1].first == "PATH");
  CHECK(e.assignments[1].second.literal == "/x");
}

TEST_CASE("chains of wrappers unwrap in order") {
  Command c = only("sudo env FOO=1 nice -n 10 timeout -s KILL 5m nohup time -p /usr/bin/pip install x");
  std::vector<Command> chain = c.unwrap_chain();
  REQUIRE(chain.size() == 7);
  CHECK(chain[1].is("env"));
  CHECK(chain[2].is("nice"));
  CHECK(chain[3].is("timeout"));
  CHECK(chain[4].is("nohup"));
  CHECK(chain[5].is("time"));
  CHECK(chain[6].is("pip"));
  CHECK(chain[6].wrappers == std::vector<std::string>{"sudo", "env", "nice", "timeout", "nohup", "time"});
  CHECK(chain[6].subcommand() == "install");
}

TEST_CASE("xargs, exec, gosu and stdbuf") {
  CHECK(only("xargs -r -n1 -I{} rm -f {}").effective().is("rm"));
  CHECK(only("exec -a myname gunicorn app:app").effective().is("gunicorn"));
  CHECK(only("gosu app node server.js").effective().is("node"));
  CHECK(only("stdbuf -oL python3 x.py").effective().is("python3"));
  CHECK(only("busybox wget -q u").effective().is("wget"));
}

TEST_CASE("wrappers that run nothing stay themselves") {
  CHECK(only("command -v curl").effective().is("command"));
  CHECK(only("sudo -l").effective().is("sudo"));
  CHECK(only("sudo").effective().is("sudo"));
  CHECK(only("xargs").effective().is("xargs"));
  CHECK(only("env").effective().is("env"));
  CHECK(only("env -S 'apt-get update'").effective().is("env"));
  CHECK(only("ls -la").effective().is("ls"));
  CHECK(only("ls -la").effective().wrappers.empty());
  CHECK_FALSE(unwrap_once(only("ls")));
  CHECK(is_wrapper("sudo"));
  CHECK_FALSE(is_wrapper("apt-get"));
}

TEST_CASE("invocations_of finds direct and wrapped uses in source order") {
  Script s =
      parse_ok("apt-get update && sudo apt-get install -y x && env A=1 /usr/bin/apt-get clean; sudo ls");
  std::vector<Command> apt = s.invocations_of("apt-get");
  REQUIRE(apt.size() == 3);
  CHECK(apt[0].wrappers.empty());
  CHECK(apt[1].wrappers == std::vector<std::string>{"sudo"});
  CHECK(apt[1].subcommand() == "install");
  CHECK(apt[2].wrappers == std::vector<std::string>{"env"});
  CHECK(apt[2].subcommand() == "clean");
  CHECK(s.invocations_of("sudo").size() == 2);
  CHECK(s.invocations_of("env").size() == 1);
  CHECK(s.invocations_of("yum").empty());
}

TEST_CASE("a wrapper view keeps placement and redirects") {
  Script s = parse_ok("true && sudo make install > /dev/null");
  Command e = s.commands[1].effective();
  CHECK(e.is("make"));
  CHECK(e.placement.joined_by == Connector::kAnd);
  CHECK(e.redirects.size() == 1);
}
