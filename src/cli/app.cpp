// Wires the subcommands together; each subcommand file registers its options and returns its exit code.
#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <string_view>

#include "cli/lint_command.h"
#include "cli/lsp_command.h"
#include "cli/parse_command.h"
#include "cli/rewrite_command.h"
#include "cli/rules_command.h"
#include "core/exit_code.h"

#ifndef DISTILL_VERSION
#define DISTILL_VERSION "dev"
#endif

namespace distill::cli {

int run(int argc, char** argv) {
  CLI::App app{"distill: lint, fix, format and rewrite Dockerfiles into distroless multistage builds"};
  app.set_version_flag("--version", std::string("distill ") + DISTILL_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  distill lint Dockerfile                  lint one file\n"
      "  distill lint . -o sarif:distill.sarif    lint every Dockerfile under ., also write SARIF\n"
      "  distill explain DL3008                   show a rule's documentation\n"
      "  distill parse Dockerfile                 print the syntax tree\n"
      "  distill parse --format buildkit .        BuildKit's parser dump of every Dockerfile under .\n"
      "  cat Dockerfile | distill parse --format json -\n"
      "  distill rewrite Dockerfile               print the distroless multistage rewrite\n"
      "  distill rewrite --write --backup .       migrate every Dockerfile under .\n"
      "  distill lsp                              language server for editors (stdio)\n"
      "\nExit codes: 0 ok, 1 findings, 2 usage/config/I-O error, 3 rewrite refused, 4 unparsable input");

  std::function<int()> action;
  // Building every subcommand's options costs about as much as linting a small file, and a pre-commit hook
  // starts distill once per commit: when argv names a subcommand, only that one is built (help, --version
  // and typos still see them all).
  struct Subcommands {
    std::initializer_list<std::string_view> names;
    void (*add)(CLI::App&, std::function<int()>&);
  };
  const Subcommands kSubcommands[] = {{{"lint"}, register_lint_command},
                                      {{"rules", "explain"}, register_rules_commands},
                                      {{"parse"}, register_parse_command},
                                      {{"rewrite"}, register_rewrite_command},
                                      {{"lsp"}, register_lsp_command}};
  std::string_view named = argc > 1 ? argv[1] : "";
  auto names = [&](const Subcommands& s) {
    return std::find(s.names.begin(), s.names.end(), named) != s.names.end();
  };
  bool all = std::none_of(std::begin(kSubcommands), std::end(kSubcommands), names);
  for (const Subcommands& s : kSubcommands) {
    if (all || names(s)) s.add(app, action);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : core::to_int(core::ExitCode::kUsage);
  }
  return action ? action() : core::to_int(core::ExitCode::kUsage);
}

}  // namespace distill::cli
