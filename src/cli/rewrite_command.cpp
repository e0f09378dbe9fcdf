// Prints, diffs or writes the rewrite of each input; refusals go to stderr as path:line:col lines. With a
// directory (or several files) it ends with a table: converted, already distroless, refused with reason.
#include "cli/rewrite_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "cli/atomic_write.h"
#include "cli/discovery.h"
#include "cli/read_input.h"
#include "cli/rewrite_verify.h"
#include "core/exit_code.h"
#include "core/line_diff.h"
#include "rewrite/rewriter.h"

namespace distill::cli {
namespace {

struct RewriteCommandOptions {
  std::vector<std::string> paths;
  bool diff = false;
  bool write = false;
  bool backup = false;
  bool explain = false;
  std::string context;
  std::string suite;
  bool verify = false;
  std::string verify_run;
  rewrite::RewriteOptions rewrite;
};

struct Row {
  std::string path;
  std::string status;
  std::string detail;
};

std::string where(const core::SourceText& source, const rewrite::Refusal& refusal) {
  if (!refusal.where) return source.path();
  auto position = source.position(refusal.where->begin);
  return fmt::format("{}:{}:{}", source.path(), position.line, position.column);
}

std::string context_for(const RewriteCommandOptions& options, const Input& input) {
  if (!options.context.empty()) return options.context;
  if (input.from_stdin) return ".";
  std::string parent = std::filesystem::path(input.path).parent_path().string();
  return parent.empty() ? "." : parent;
}

int run_rewrite(const RewriteCommandOptions& options) {
  Discovery found = discover(options.paths);
  bool io_error = !found.errors.empty();
  for (const auto& error : found.errors) std::fprintf(stderr, "distill: %s\n", error.describe().c_str());
  bool table = found.inputs.size() > 1;
  for (const auto& path : options.paths) table = table || std::filesystem::is_directory(path);
  bool any_refused = false, any_unparsable = false;
  std::vector<Row> rows;
  core::DiskFileSystem disk;
  for (const Input& input : found.inputs) {
    auto source = read_input(input, disk);
    if (!source) {
      std::fprintf(stderr, "distill: %s\n", source.error().describe().c_str());
      io_error = true;
      continue;
    }
    rewrite::RewriteOptions rewrite_options = options.rewrite;
    rewrite_options.context_dir = context_for(options, input);
    auto outcome = rewrite::rewrite(*source, rewrite_options, disk);
    if (options.explain) {
      for (const auto& note : outcome.notes)
        std::fprintf(stderr, "%s: note: %s\n", input.path.c_str(), note.c_str());
    }
    if (outcome.status == rewrite::Status::kRefused) {
      bool syntax = outcome.refusals.front().code == "syntax-error";
      (syntax ? any_unparsable : any_refused) = true;
      for (const auto& refusal : outcome.refusals) {
        std::fprintf(stderr, "%s: %s (%s): %s\n", where(*source, refusal).c_str(),
                     syntax ? "error" : "refused", refusal.code.c_str(), refusal.message.c_str());
      }
      rows.push_back({input.path, syntax ? "unparsable" : "refused",
                      outcome.refusals.front().code + ": " + outcome.refusals.front().message});
      if (!table && !options.diff && !options.write) std::fputs(outcome.text.c_str(), stdout);
      continue;
    }
    bool changed = outcome.status == rewrite::Status::kRewritten;
    std::string detail = changed ? outcome.stack + " -> " + outcome.runtime : "";
    if (changed && (options.verify || !options.verify_run.empty()) && !input.from_stdin) {
      VerifyRequest request{input.path, outcome.text, rewrite_options.context_dir, std::nullopt};
      if (!options.verify_run.empty()) request.run_args = options.verify_run;
      auto report = verify_with_engine(request);
      if (!report) {
        std::fprintf(stderr, "%s: verify: %s\n", input.path.c_str(), report.error().message.c_str());
        io_error = true;
      } else {
        std::string sizes =
            fmt::format("original {:.1f} MB, rewrite {:.1f} MB ({:.0f}%)", report->original_bytes / 1e6,
                        report->rewritten_bytes / 1e6,
                        100.0 * report->rewritten_bytes / std::max(1LL, report->original_bytes));
        if (report->ran)
          sizes += report->same_output ? ", same output" : ", OUTPUT DIFFERS: " + report->difference;
        std::fprintf(stderr, "%s: verify (%s): %s\n", input.path.c_str(), report->engine.c_str(),
                     sizes.c_str());
        detail += "; " + sizes;
        if (report->ran && !report->same_output) any_refused = true;
      }
    }
    rows.push_back({input.path, changed ? "converted" : "already distroless", detail});
    if (options.diff) {
      std::fputs(core::unified_diff(source->text(), outcome.text, input.path).c_str(), stdout);
    } else if (options.write) {
      if (!changed || input.from_stdin) {
        if (input.from_stdin) std::fputs(outcome.text.c_str(), stdout);
        continue;
      }
      auto written = atomic_write(input.path, outcome.text, options.backup ? input.path + ".orig" : "");
      if (!written) {
        std::fprintf(stderr, "distill: %s\n", written.error().describe().c_str());
        io_error = true;
      }
    } else if (!table) {
      std::fputs(outcome.text.c_str(), stdout);
    }
  }
  if (table) {
    size_t width = 4;
    for (const auto& row : rows) width = std::max(width, row.path.size());
    std::string out = fmt::format("\n{:<{}}  {:<18}  {}\n", "file", width, "result", "detail");
    size_t converted = 0, already = 0, refused = 0;
    for (const auto& row : rows) {
      out += fmt::format("{:<{}}  {:<18}  {}\n", row.path, width, row.status, row.detail);
      converted += row.status == "converted";
      already += row.status == "already distroless";
      refused += row.status == "refused" || row.status == "unparsable";
    }
    out += fmt::format("\n{} converted, {} already distroless, {} refused\n", converted, already, refused);
    std::fputs(out.c_str(), options.diff || !options.write ? stderr : stdout);
  }
  if (io_error) return core::to_int(core::ExitCode::kUsage);
  if (any_unparsable) return core::to_int(core::ExitCode::kUnparsable);
  if (any_refused) return core::to_int(core::ExitCode::kRefused);
  return core::to_int(core::ExitCode::kClean);
}

}  // namespace

void register_rewrite_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<RewriteCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "rewrite", "Rewrite single-stage Dockerfiles into a builder stage plus a distroless runtime stage");
  command->add_option("paths", options->paths, "Dockerfiles or directories ('-' reads stdin)")->required();
  auto* diff = command->add_flag("--diff", options->diff, "Print a unified diff instead of the new file");
  auto* write =
      command->add_flag("--write", options->write, "Replace each file atomically (temp file + rename)");
  diff->excludes(write);
  command->add_flag("--backup", options->backup, "With --write, keep the original as <file>.orig")
      ->needs(write);
  command->add_option(
      "--context", options->context,
      "Build context to read package.json and friends from (default: the Dockerfile's folder)");
  command->add_option("--suite", options->suite, "Debian suite of the runtime")
      ->check(CLI::IsMember({"debian12", "debian13"}));
  command->add_flag("--root", options->rewrite.root, "Keep running as root when the original does");
  command->add_flag("--allow-upgrade", options->rewrite.allow_upgrade,
                    "Move to the nearest newer runtime when none matches the original version");
  command->add_flag("--explain", options->explain, "Print each decision the rewrite made to stderr");
  command->add_flag("--verify", options->verify,
                    "Build the original and the rewrite with podman or docker and report both sizes");
  command->add_option(
      "--verify-run", options->verify_run,
      "With --verify, also run both images with these arguments and compare stdout and exit code");
  action = [options]() {
    if (!options->suite.empty()) options->rewrite.suite = options->suite;
    return run_rewrite(*options);
  };
  (void)command;
}

}  // namespace distill::cli
