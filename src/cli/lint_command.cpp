// Loads the config, finds the inputs, lints them in parallel, and streams the results to every requested
// output. Exit code: 2 for usage/config/I-O problems, else 4 if an input could not be parsed, else 1 when a
// finding reaches the failure threshold (unless --no-fail), else 0.
#include "cli/lint_command.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <thread>

#include "cli/discovery.h"
#include "cli/lint_fix.h"
#include "cli/lint_runner.h"
#include "cli/parallel_inputs.h"
#include "config/load.h"
#include "core/exit_code.h"
#include "lint/catalog.h"
#include "lint/registry.h"
#include "output/formatter.h"

#ifndef DISTILL_VERSION
#define DISTILL_VERSION "dev"
#endif

namespace distill::cli {
namespace {

struct LintOptions {
  std::vector<std::string> paths;
  std::string format = "tty";
  std::vector<std::string> outputs;  // FORMAT:PATH
  std::string color = "auto";
  std::string context;  // build context for every file; "" = each Dockerfile's own directory
  unsigned jobs = 0;
  config::CliOverrides overrides;
  bool shellcheck = false, no_shellcheck = false, no_fail = false;
  bool fix = false, diff = false;
};

void warn(const std::string& message) {
  std::fprintf(stderr, "distill: %s\n", message.c_str());
}

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return (no_color == nullptr || *no_color == '\0') && ::isatty(STDOUT_FILENO);
}

// One requested output: a formatter writing to stdout or to a file.
struct Sink {
  std::string format;
  std::string path;  // empty for stdout
  std::unique_ptr<std::ofstream> file;
  std::unique_ptr<output::Formatter> formatter;
};

bool severity_counts(core::Severity severity, core::Severity threshold) {
  return severity != core::Severity::kIgnore && static_cast<int>(severity) <= static_cast<int>(threshold);
}

int run_lint(LintOptions options) {
  bool usage_error = false;
  if (options.shellcheck) options.overrides.shellcheck = true;
  if (options.no_shellcheck) options.overrides.shellcheck = false;
  if (options.no_fail) options.overrides.no_fail = true;

  config::LoadRequest request;
  std::error_code ec;
  request.start_dir = std::filesystem::current_path(ec);
  request.env = config::process_environment();
  request.cli = options.overrides;
  request.is_known_rule = [](std::string_view name) { return lint::find_rule(name) != nullptr; };
  config::LoadResult loaded = config::load(request);
  for (const config::Diagnostic& d : loaded.diagnostics) {
    warn(core::Error{d.message, d.path, d.line, d.column}.describe());
  }
  if (loaded.fatal) {
    warn(*loaded.fatal);
    return core::to_int(core::ExitCode::kUsage);
  }
  if (!loaded.diagnostics.empty()) usage_error = true;
  const config::Config& config = loaded.config;

  output::FormatOptions format_options;
  format_options.color = use_color(options.color);
  format_options.tool_version = DISTILL_VERSION;
  std::vector<Sink> sinks;
  auto add_sink = [&](const std::string& format, const std::string& path) {
    Sink sink{format, path, nullptr, nullptr};
    std::ostream* out = &std::cout;
    if (!path.empty()) {
      sink.file = std::make_unique<std::ofstream>(path, std::ios::binary | std::ios::trunc);
      if (!*sink.file) {
        warn(path + ": cannot write output file");
        usage_error = true;
        return;
      }
      out = sink.file.get();
    }
    output::FormatOptions sink_options = format_options;
    if (!path.empty()) sink_options.color = false;
    sink.formatter = output::make_formatter(format, *out, lint::rule_catalog(), sink_options);
    if (!sink.formatter) {
      warn("unknown output format '" + format + "'");
      usage_error = true;
      return;
    }
    sinks.push_back(std::move(sink));
  };
  for (const std::string& spec : options.outputs) {
    auto colon = spec.find(':');
    if (colon == std::string::npos) {
      warn("-o expects FORMAT:PATH, got '" + spec + "'");
      usage_error = true;
      continue;
    }
    add_sink(spec.substr(0, colon), spec.substr(colon + 1));
  }
  add_sink(options.format, "");  // stdout always gets a report; -o adds files
  if (sinks.empty()) return core::to_int(core::ExitCode::kUsage);

  Discovery found = discover(options.paths);
  unsigned jobs = options.jobs ? options.jobs : default_jobs();
  if (!options.context.empty() && !std::filesystem::is_directory(options.context)) {
    warn("--context " + options.context + " is not a directory");
    return core::to_int(core::ExitCode::kUsage);
  }
  LintRun run = lint_inputs(found.inputs, config, jobs, options.context);
  if (options.fix) {
    // A fix can reveal or enable another (casing, then a form), so a few rounds; the report is of the end.
    size_t fixes = 0;
    std::set<size_t> touched;
    for (int round = 0; round < 3; ++round) {
      FixOutcome fixed = apply_safe_fixes(run, options.diff);
      for (const core::Error& e : fixed.errors) {
        warn(e.describe());
        usage_error = true;
      }
      fixes += fixed.fixes_applied;
      touched.insert(fixed.changed.begin(), fixed.changed.end());
      if (options.diff) {
        std::fputs(fixed.diff.c_str(), stdout);
        return core::to_int(usage_error ? core::ExitCode::kUsage : core::ExitCode::kClean);
      }
      if (fixed.changed.empty()) break;
      // Only the files the fixes changed are linted again (run.files follows found.inputs).
      std::vector<Input> again;
      for (size_t i : fixed.changed) again.push_back(found.inputs[i]);
      LintRun relinted = lint_inputs(again, config, jobs, options.context);
      for (size_t k = 0; k < fixed.changed.size(); ++k)
        run.files[fixed.changed[k]] = std::move(relinted.files[k]);
    }
    if (fixes > 0)
      warn("fixed " + std::to_string(fixes) + " problem(s) in " + std::to_string(touched.size()) +
           " file(s)");
  }
  for (const std::string& warning : run.warnings) warn(warning);
  const std::vector<LintedFile>& results = run.files;

  output::Summary summary;
  summary.failure_threshold = config.failure_threshold;
  bool unparsable = false;
  for (Sink& sink : sinks) sink.formatter->begin();
  auto failure = [&](const core::Error& error) {
    for (Sink& sink : sinks) sink.formatter->failure(error);
  };
  for (const core::Error& e : found.errors) {
    failure(e);
    usage_error = true;
    ++summary.failures;
  }
  for (const LintedFile& file : results) {
    for (const core::Error& e : file.io_errors) {
      failure(e);
      usage_error = true;
    }
    for (const core::Error& e : file.syntax_errors) {
      failure(e);
      unparsable = true;
    }
    if (!file.io_errors.empty() || !file.syntax_errors.empty()) ++summary.failures;
    if (!file.source) continue;
    ++summary.files;
    for (const core::Finding& f : file.findings) {
      switch (f.severity) {
        case core::Severity::kError:
          ++summary.errors;
          break;
        case core::Severity::kWarning:
          ++summary.warnings;
          break;
        case core::Severity::kInfo:
          ++summary.infos;
          break;
        case core::Severity::kStyle:
          ++summary.styles;
          break;
        case core::Severity::kIgnore:
          break;
      }
      if (f.fix && f.fix->applicability == core::Applicability::kSafe) ++summary.fixable;
      if (severity_counts(f.severity, config.failure_threshold)) summary.failed = !config.no_fail;
    }
    output::FileResult result{file.path, &*file.source, file.findings};
    for (Sink& sink : sinks) sink.formatter->file(result);
  }
  summary.failed = summary.failed || usage_error || unparsable;
  for (Sink& sink : sinks) {
    sink.formatter->end(summary);
    if (sink.file) {
      sink.file->flush();
      if (!*sink.file) {
        warn(sink.path + ": error while writing output");
        usage_error = true;
      }
    }
  }
  std::cout.flush();
  if (usage_error) return core::to_int(core::ExitCode::kUsage);
  if (unparsable) return core::to_int(core::ExitCode::kUnparsable);
  bool findings_fail = false;
  for (const LintedFile& file : results) {
    for (const core::Finding& f : file.findings)
      findings_fail |= severity_counts(f.severity, config.failure_threshold);
  }
  return core::to_int(findings_fail && !config.no_fail ? core::ExitCode::kFindings : core::ExitCode::kClean);
}

}  // namespace

void register_lint_command(CLI::App& app, std::function<int()>& action) {
  auto options = std::make_shared<LintOptions>();
  CLI::App* cmd = app.add_subcommand("lint", "Lint Dockerfiles");
  cmd->add_option("paths", options->paths, "Files, directories (searched recursively) or - for stdin")
      ->required();
  std::vector<std::string> formats(output::format_names().begin(), output::format_names().end());
  cmd->add_option("-f,--format", options->format, "Output format on stdout")->check(CLI::IsMember(formats));
  cmd->add_option("-o,--output", options->outputs,
                  "Also write FORMAT:PATH (repeatable), e.g. -o sarif:out.sarif")
      ->allow_extra_args(false);
  cmd->add_option("-c,--config", options->overrides.config_path,
                  "Config file (default: .distill.yaml discovery)");
  // Rule lists: one value per use, or a comma list, so the paths after them stay paths.
  auto rule_list = [cmd](const char* name, std::vector<std::string>& target, const std::string& what) {
    cmd->add_option(name, target, what + " (repeatable, or a comma list)")
        ->allow_extra_args(false)
        ->delimiter(',');
  };
  rule_list("--ignore", options->overrides.ignored, "Rule code or slug to switch off");
  rule_list("--error", options->overrides.override_error, "Report this rule as an error");
  rule_list("--warning", options->overrides.override_warning, "Report this rule as a warning");
  rule_list("--info", options->overrides.override_info, "Report this rule as info");
  rule_list("--style", options->overrides.override_style, "Report this rule as style");
  cmd->add_option("-t,--failure-threshold", options->overrides.failure_threshold,
                  "Lowest severity that fails the run: error, warning, info (default), style, none");
  cmd->add_flag("--no-fail", options->no_fail, "Exit 0 even when findings reach the threshold");
  auto* fix = cmd->add_flag("--fix", options->fix,
                            "Apply the safe fixes to the files (atomic writes), then report what remains");
  cmd->add_flag("--diff", options->diff, "With --fix: print what it would change as a diff, write nothing")
      ->needs(fix);
  cmd->add_option("--trusted-registry", options->overrides.trusted_registries,
                  "Allowed registry (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--shellcheck", options->shellcheck, "Run ShellCheck on RUN bodies (slower)");
  cmd->add_flag("--no-shellcheck", options->no_shellcheck, "Never run ShellCheck, whatever the config says");
  cmd->add_option("--color", options->color,
                  "auto (default: colour on a terminal unless NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--context", options->context,
                  "Build context whose .dockerignore COPY sources are checked against (default: each "
                  "Dockerfile's directory)");
  cmd->add_option("-j,--jobs", options->jobs, "Files linted in parallel (default: number of cores)");
  cmd->callback([&action, options] { action = [options] { return run_lint(*options); }; });
}

}  // namespace distill::cli
