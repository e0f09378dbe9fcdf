// sh -c '…' bodies are parsed on request with exact Dockerfile positions; `set -o pipefail` is detected.
#include <catch2/catch.hpp>

#include "shell_test_support.h"
#include "syntax/shell/inline_script.h"
#include "syntax/shell/shell_options.h"

using namespace distill::syntax::shell;
using namespace distill::syntax::shell::testing;

TEST_CASE("sh -c strings parse as nested scripts mapped to the Dockerfile") {
  std::string_view df = "RUN sh -c 'apt-get update && apt-get install -y curl'\n";
  Script outer = parse_ok(from_dockerfile(df, 4));
  REQUIRE(outer.commands.size() == 1);
  // Not re-parsed by default.
  CHECK(outer.invocations_of("apt-get").empty());
  auto inner = parse_inline_script(outer.commands[0]);
  REQUIRE(inner);
  REQUIRE(inner->ok());
  const Script& s = inner->value();
  REQUIRE(s.commands.size() == 2);
  CHECK(s.commands[1].subcommand() == "install");
  CHECK(slice(df, s.commands[1].source) == "apt-get install -y curl");
  CHECK(slice(df, s.commands[1].args[2].source) == "curl");
}

TEST_CASE("combined flags, wrappers and escapes in the -c string") {
  std::string_view script = "sudo bash -euxo pipefail -c \"echo \\\"\\$HOME\\\" | tee /x\"";
  Script outer = parse_ok(script);
  auto inner = parse_inline_script(outer.commands.at(0));
  REQUIRE(inner);
  REQUIRE(inner->ok());
  const Script& s = inner->value();
  REQUIRE(s.commands.size() == 2);
  CHECK(s.pipelines.size() == 1);
  CHECK(s.commands[0].args.at(0).raw == "\"$HOME\"");
  // Each inner byte maps to the outer byte that spells it: an escaped quote maps to the quote, not to its
  // backslash, so the range starts after the first backslash.
  CHECK(slice(script, s.commands[0].args[0].source) == "\"\\$HOME\\\"");
  CHECK(slice(script, s.commands[1].source) == "tee /x");
}

TEST_CASE("no nested script without -c or with a dynamic string") {
  CHECK_FALSE(parse_inline_script(parse_ok("sh script.sh").commands.at(0)));
  CHECK_FALSE(parse_inline_script(parse_ok("sh -c \"$CMD\"").commands.at(0)));
  CHECK_FALSE(parse_inline_script(parse_ok("python3 -c 'print(1)'").commands.at(0)));
  CHECK(is_shell("dash"));
  CHECK_FALSE(is_shell("python3"));
}

TEST_CASE("set -o pipefail and friends") {
  CHECK(sets_shell_option(parse_ok("set -o pipefail; curl x | sh"), "pipefail"));
  CHECK(sets_shell_option(parse_ok("set -euxo pipefail && a | b"), "pipefail"));
  CHECK(sets_shell_option(parse_ok("set -eux"), "errexit"));
  CHECK(sets_shell_option(parse_ok("set -o errexit"), "errexit"));
  CHECK_FALSE(sets_shell_option(parse_ok("set -eux"), "pipefail"));
  CHECK_FALSE(sets_shell_option(parse_ok("echo set -o pipefail"), "pipefail"));
  CHECK_FALSE(sets_shell_option(parse_ok("set -- -o pipefail"), "pipefail"));
}
