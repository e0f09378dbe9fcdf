// Parses each input and prints it; syntax errors go to stderr as path:line:col lines and set exit code 4,
// I/O problems exit 2, and every other input is still printed.
#include "cli/parse_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "cli/discovery.h"
#include "cli/read_input.h"
#include "core/exit_code.h"
#include "syntax/parser.h"
#include "syntax/printers.h"

namespace distill::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> paths;
  std::string format = "sexp";
};

void report(const core::Error& error) {
  std::fprintf(stderr, "distill: %s\n", error.describe().c_str());
}

int run_parse(const ParseOptions& options) {
  Discovery found = discover(options.paths);
  bool io_error = !found.errors.empty();
  bool unparsable = false;
  for (const core::Error& e : found.errors) report(e);

  core::DiskFileSystem disk;
  syntax::Parser parser;
  bool several = found.inputs.size() > 1;
  for (const Input& input : found.inputs) {
    auto source = read_input(input, disk);
    if (!source) {
      report(source.error());
      io_error = true;
      continue;
    }
    auto parsed = parser.parse(std::move(source.value()));
    if (!parsed) {
      report(parsed.error());
      unparsable = true;
      continue;
    }
    const syntax::Dockerfile& file = parsed.value();
    std::string body;
    if (options.format == "json") {
      body = syntax::to_json(file).dump(2) + "\n";
    } else if (options.format == "buildkit") {
      body = syntax::to_buildkit_dump(file);
    } else {
      body = syntax::to_sexp(file);
    }
    if (several) std::fputs(fmt::format("==> {} <==\n", input.path).c_str(), stdout);
    std::fputs(body.c_str(), stdout);
    for (const syntax::SyntaxError& e : file.errors) {
      auto p = file.source().position(e.range.begin);
      report(core::Error{e.message, input.path, p.line, p.column});
      unparsable = true;
    }
  }
  std::fflush(stdout);
  if (io_error) return core::to_int(core::ExitCode::kUsage);
  return core::to_int(unparsable ? core::ExitCode::kUnparsable : core::ExitCode::kClean);
}

}  // namespace

void register_parse_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* cmd = app.add_subcommand("parse", "Print how distill parses Dockerfiles");
  cmd->add_option("paths", options->paths, "Files, directories (searched recursively) or - for stdin")
      ->required();
  cmd->add_option("--format", options->format,
                  "sexp (syntax tree), json (typed model) or buildkit (BuildKit dump)")
      ->check(CLI::IsMember({"sexp", "json", "buildkit"}));
  cmd->callback([&action, options] { action = [options] { return run_parse(*options); }; });
}

}  // namespace distill::cli
