// Reads, parses and lints many files in parallel (one parser per thread) and returns the results in input
// order, so output never depends on scheduling.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/discovery.h"
#include "config/config.h"
#include "core/finding.h"
#include "core/result.h"
#include "core/source.h"
#include "syntax/dockerfile.h"

namespace distill::cli {

struct LintedFile {
  std::string path;
  std::optional<core::SourceText> source;  // set when the file could be read
  std::optional<syntax::Dockerfile> file;  // set when it could be parsed
  std::vector<core::Finding> findings;
  std::vector<core::Error> io_errors;      // could not be read (exit 2)
  std::vector<core::Error> syntax_errors;  // could not be parsed, or parsed with errors (exit 4)
};

struct LintRun {
  std::vector<LintedFile> files;      // in input order
  std::vector<std::string> warnings;  // to print once (e.g. ShellCheck missing)
};

// Lints every input; with config.shellcheck, ShellCheck findings for all files are merged in afterwards.
// `context_dir` is the build context of every input ("" = each Dockerfile's directory, as
// `docker build -f <path> <its directory>`); stdin has one only when it is given.
LintRun lint_inputs(const std::vector<Input>& inputs, const config::Config& config, unsigned jobs,
                    const std::string& context_dir = "");

}  // namespace distill::cli
