// Parses each input and prints it; syntax errors go to stderr as path:line:col lines and set exit code 4,
// I/O problems exit 2, and every other input is still printed.
#include "cli/parse_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/discovery.h"
#include "cli/parallel_inputs.h"
#include "cli/read_input.h"
#include "core/exit_code.h"
#include "syntax/parser.h"
#include "syntax/printers.h"

namespace distill::cli {
namespace {

struct ParseOptions {
  std::vector<std::string> paths;
  std::string format = "sexp";
  unsigned jobs = 0;  // 0: one thread per core
};

void report(const core::Error& error) {
  std::fprintf(stderr, "distill: %s\n", error.describe().c_str());
}

// What one input produced, kept until every input is done so the output is in input order.
struct ParsedInput {
  std::optional<std::string> body;  // the printed form; none when the input could not be read or parsed
  std::vector<core::Error> errors;  // printed after the body
  bool io_error = false;            // exit 2
  bool unparsable = false;          // exit 4
};

std::string print(const syntax::Dockerfile& file, const std::string& format) {
  if (format == "json") return syntax::to_json(file).dump(2) + "\n";
  if (format == "buildkit") return syntax::to_buildkit_dump(file);
  return syntax::to_sexp(file);
}

void parse_one(const Input& input, const std::string& format, syntax::Parser& parser, ParsedInput& out) {
  core::DiskFileSystem disk;
  auto source = read_input(input, disk);
  if (!source) {
    out.errors.push_back(source.error());
    out.io_error = true;
    return;
  }
  auto parsed = parser.parse(std::move(source.value()));
  if (!parsed) {
    out.errors.push_back(parsed.error());
    out.unparsable = true;
    return;
  }
  const syntax::Dockerfile& file = parsed.value();
  out.body = print(file, format);
  for (const syntax::SyntaxError& e : file.errors) {
    auto p = file.source().position(e.range.begin);
    out.errors.push_back(core::Error{e.message, input.path, p.line, p.column});
    out.unparsable = true;
  }
}

int run_parse(const ParseOptions& options) {
  Discovery found = discover(options.paths);
  bool io_error = !found.errors.empty();
  bool unparsable = false;
  for (const core::Error& e : found.errors) report(e);

  std::vector<ParsedInput> results(found.inputs.size());
  for_each_input_in_parallel(
      found.inputs.size(), options.jobs ? options.jobs : default_jobs(), [] { return syntax::Parser(); },
      [&](syntax::Parser& parser, size_t i) {
        parse_one(found.inputs[i], options.format, parser, results[i]);
      });

  bool several = found.inputs.size() > 1;
  for (size_t i = 0; i < results.size(); ++i) {
    const ParsedInput& result = results[i];
    if (result.body) {
      if (several) std::fputs(fmt::format("==> {} <==\n", found.inputs[i].path).c_str(), stdout);
      std::fputs(result.body->c_str(), stdout);
    }
    for (const core::Error& e : result.errors) report(e);
    io_error = io_error || result.io_error;
    unparsable = unparsable || result.unparsable;
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
  cmd->add_option("-j,--jobs", options->jobs, "Files parsed in parallel (default: number of cores)");
  cmd->callback([&action, options] { action = [options] { return run_parse(*options); }; });
}

}  // namespace distill::cli
