// The option helpers rules are written with (hadolint's hasFlag / getArgsNoFlags, ShellCheck's
// per-command checks): combined short flags, --long=value, "--", options that take values, subcommands.
#include <catch2/catch.hpp>

#include "shell_test_support.h"
#include "syntax/shell/known_options.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

namespace {

Command only(std::string_view script) {
  Script s = parse_ok(script);
  REQUIRE(s.commands.size() == 1);
  return s.commands[0];
}

std::vector<std::string> values(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const Word& w : words) out.push_back(w.value());
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("has_flag sees short, combined and long flags") {
  Command c = only("apt-get -qqy install --no-install-recommends --yes=true curl");
  CHECK(c.has_flag("y"));
  CHECK(c.has_flag("q"));
  CHECK(c.has_flag("no-install-recommends"));
  CHECK(c.has_flag("yes"));
  CHECK_FALSE(c.has_flag("n"));  // letters of a long flag are not short flags
  CHECK_FALSE(c.has_flag("install"));
  CHECK(c.has_any_flag({"assume-yes", "y"}));
  CHECK_FALSE(c.has_any_flag({"assume-yes", "force-yes"}));
}

TEST_CASE("after -- nothing is a flag") {
  Command c = only("rm -f -- -y --yes");
  CHECK(c.has_flag("f"));
  CHECK_FALSE(c.has_flag("y"));
  CHECK_FALSE(c.has_flag("yes"));
  CHECK(values(c.args_without_flags()) == Strings{"-y", "--yes"});
  CHECK(c.layout().end_of_options == 1u);
}

TEST_CASE("quoted flags are still flags to the program") {
  Command c = only("pip install \"--no-cache-dir\" 'flask==2.0'");
  CHECK(c.has_flag("no-cache-dir"));
  CHECK(values(c.args_without_flags()) == Strings{"install", "flask==2.0"});
}

TEST_CASE("flag_value reads every spelling") {
  CHECK(only("curl -o out.tgz https://x").flag_value("o") == "out.tgz");
  CHECK(only("curl -oout.tgz https://x").flag_value("o") == "out.tgz");
  CHECK(only("curl -fsSLo out.tgz https://x").flag_value("o") == "out.tgz");
  CHECK(only("curl --output=out.tgz https://x").flag_value("output") == "out.tgz");
  CHECK(only("curl --output out.tgz https://x").flag_value("output") == "out.tgz");
  CHECK(only("curl https://x").flag_value("o") == std::nullopt);
  // Asking implies the option takes a value, even for a tool without a table.
  CHECK(only("mytool -C /dir run").flag_value("C") == "/dir");
  // The last occurrence wins; flag_values lists them all.
  Command apt = only("apt-get -o Acquire::Retries=3 -o APT::Install-Recommends=false install x");
  CHECK(apt.flag_value("o") == "APT::Install-Recommends=false");
  CHECK(apt.flag_values("o") == Strings{"Acquire::Retries=3", "APT::Install-Recommends=false"});
}

TEST_CASE("args_without_flags skips option values the built-in table knows") {
  Command apt = only("apt-get -o Dpkg::Options::=--force-confdef -t bookworm install -y curl=7.88.* git");
  CHECK(values(apt.args_without_flags()) == Strings{"install", "curl=7.88.*", "git"});
  CHECK(apt.subcommand() == "install");
  CHECK(values(apt.args_after_subcommand()) == Strings{"-y", "curl=7.88.*", "git"});

  Command curl = only("curl -fsSL -H 'Accept: x' -o /tmp/k.gpg https://example.com/k.gpg");
  CHECK(values(curl.args_without_flags()) == Strings{"https://example.com/k.gpg"});

  Command pip =
      only("pip3 --disable-pip-version-check install -r requirements.txt --index-url https://i flask");
  CHECK(pip.subcommand() == "install");
  CHECK(values(pip.args_without_flags()) == Strings{"install", "flask"});
}

TEST_CASE("a caller-supplied table overrides the built-in one") {
  Command c = only("tool -x value run thing");
  CHECK(values(c.args_without_flags()) == Strings{"value", "run", "thing"});
  OptionTable table{"x", {}, {}, false};
  CHECK(values(c.args_without_flags(&table)) == Strings{"run", "thing"});
  CHECK(c.subcommand(&table) == "run");
  CHECK(c.subcommand_index(&table) == 2u);
}

TEST_CASE("subcommands of package managers") {
  CHECK(only("npm ci --omit=dev").subcommand() == "ci");
  CHECK(only("npm --prefix /app install").subcommand() == "install");
  CHECK(only("apk --no-cache add curl").subcommand() == "add");
  CHECK(only("apk -X https://mirror add curl").subcommand() == "add");
  CHECK(only("yum -y install httpd").subcommand() == "install");
  CHECK(only("go build -ldflags '-s -w' -o /out ./cmd").subcommand() == "build");
  CHECK(values(only("go build -ldflags '-s -w' -o /out ./cmd").args_without_flags()) ==
        Strings{"build", "./cmd"});
  CHECK(only("apt-get").subcommand().empty());
  CHECK(only("apt-get").args_after_subcommand().empty());
}

TEST_CASE("single-dash long options from the table") {
  Command java = only("java -jar /app.jar --server.port=8080");
  CHECK(java.has_flag("jar"));
  CHECK_FALSE(java.has_flag("j"));
  CHECK(java.flag_value("jar") == "/app.jar");
  CHECK(java.args_without_flags().empty());
  CHECK(only("find / -name '*.pyc' -delete").has_arg("-delete"));
}

TEST_CASE("version-suffixed tool names find their table") {
  CHECK(&options_for("pip3.12") == &options_for("pip3"));
  CHECK(options_for("pip3.12").long_takes_value("requirement"));
  CHECK(options_for("no-such-tool").short_with_value.empty());
}

TEST_CASE("options end at the first operand for POSIX-style tables") {
  OptionTable posix{"", {}, {}, true};
  Command c = only("sh -e script.sh -x");
  CHECK(values(c.args_without_flags(&posix)) == Strings{"script.sh", "-x"});
  CHECK_FALSE(c.has_flag("x", &posix));
  CHECK(c.has_flag("e", &posix));
}

TEST_CASE("unknown words are classified by their raw text") {
  Command c = only("apt-get install $PKGS -o$OPT \"${EXTRA}\"");
  CHECK(values(c.args_without_flags()) == Strings{"install", "$PKGS", "\"${EXTRA}\""});
  CHECK(c.flag_value("o") == "$OPT");
}
