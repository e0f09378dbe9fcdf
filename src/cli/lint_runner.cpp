// Every file is read, parsed and linted on its own (cli/parallel_inputs.h); ShellCheck runs afterwards, once.
#include "cli/lint_runner.h"

#include <filesystem>

#include "cli/parallel_inputs.h"
#include "cli/read_input.h"
#include "lint/engine.h"
#include "lint/shellcheck.h"
#include "syntax/parser.h"

namespace distill::cli {
namespace {

void lint_one(const Input& input, const config::Config& config, const std::string& context_dir,
              syntax::Parser& parser, LintedFile& out) {
  out.path = input.path;
  core::DiskFileSystem disk;
  auto source = read_input(input, disk);
  if (!source) {
    out.io_errors.push_back(source.error());
    return;
  }
  out.source = source.value();
  auto parsed = parser.parse(std::move(source.value()));
  if (!parsed) {
    out.syntax_errors.push_back(parsed.error());
    return;
  }
  out.file.emplace(std::move(parsed.value()));
  const syntax::Dockerfile& file = *out.file;
  for (const syntax::SyntaxError& e : file.errors) {
    auto p = file.source().position(e.range.begin);
    out.syntax_errors.push_back(core::Error{e.message, input.path, p.line, p.column});
  }
  std::optional<lint::ContextIgnore> ignore;
  if (!context_dir.empty()) {
    ignore = lint::find_context_ignore(input.from_stdin ? std::string("Dockerfile") : input.path, context_dir,
                                       disk);
  } else if (!input.from_stdin) {
    ignore =
        lint::find_context_ignore(input.path, std::filesystem::path(input.path).parent_path().string(), disk);
  }
  out.findings = lint::lint(file, config, ignore ? &*ignore : nullptr);
}

// ShellCheck runs once for all files, batched into few processes (it costs ~10 ms per script).
void add_shellcheck(LintRun& run, const config::Config& config, unsigned jobs) {
  std::vector<const syntax::Dockerfile*> files;
  std::vector<LintedFile*> owners;
  for (LintedFile& linted : run.files) {
    if (!linted.file) continue;
    files.push_back(&*linted.file);
    owners.push_back(&linted);
  }
  lint::ShellcheckOptions options;
  options.enabled = true;
  options.jobs = jobs;
  for (const std::string& name : config.ignored) {
    if (lint::is_shellcheck_code(name)) options.exclude.push_back(name);
  }
  lint::ShellcheckRun checked = lint::run_shellcheck(files, options);
  run.warnings = std::move(checked.warnings);
  for (size_t i = 0; i < owners.size() && i < checked.findings.size(); ++i) {
    lint::merge_external(*owners[i]->file, std::move(checked.findings[i]), config, owners[i]->findings);
  }
}

}  // namespace

LintRun lint_inputs(const std::vector<Input>& inputs, const config::Config& config, unsigned jobs,
                    const std::string& context_dir) {
  LintRun run;
  run.files.resize(inputs.size());
  std::vector<LintedFile>& results = run.files;
  for_each_input_in_parallel(
      inputs.size(), jobs, [] { return syntax::Parser(); },
      [&](syntax::Parser& parser, size_t i) {
        lint_one(inputs[i], config, context_dir, parser, results[i]);
      });
  if (config.shellcheck.value_or(false)) add_shellcheck(run, config, jobs);
  return run;
}

}  // namespace distill::cli
