// ShellCheck findings for the shell code in RUN instructions, for all files of a run at once: ShellCheck
// costs ~10 ms per script, so scripts are batched into few processes that run in parallel, and every comment
// is mapped back to the exact Dockerfile bytes it is about.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/text.h"
#include "syntax/dockerfile.h"

namespace distill::lint {

struct ShellcheckOptions {
  bool enabled = false;
  std::string executable = "shellcheck";  // looked up on PATH unless it contains a '/'
  unsigned jobs = 0;  // parallel ShellCheck processes; 0: std::thread::hardware_concurrency()
  std::vector<std::string>
      exclude;  // more codes to skip ("SC2086" or "2086"), e.g. the config's ignored SC codes
  std::filesystem::path temp_parent;  // where the private scratch directory goes; empty: $TMPDIR, else /tmp
};

struct ShellcheckRun {
  std::vector<std::vector<core::Finding>>
      findings;                       // one list per input file, in input order, sorted by position
  std::vector<std::string> warnings;  // for the CLI to print once each (ShellCheck missing, failed)
  size_t scripts = 0;                 // scripts found in RUN instructions
  size_t distinct_scripts = 0;        // scripts ShellCheck read: identical ones are checked once
  size_t processes = 0;               // ShellCheck processes started
};

// Runs ShellCheck over every shell-form RUN command and shell heredoc of `files`. Findings carry code and
// slug "SC2086", ShellCheck's message and level (error/warning/info/style), and ShellCheck's suggested edits
// as an unsafe fix. Nothing is an error: a missing ShellCheck or a failed run yields a warning and fewer
// findings. Suppression pragmas and configured severities are not applied here.
ShellcheckRun run_shellcheck(const std::vector<const syntax::Dockerfile*>& files,
                             const ShellcheckOptions& options);

// "https://www.shellcheck.net/wiki/SC2086": the documentation of a ShellCheck code.
std::string shellcheck_doc_url(std::string_view code);

// Whether `name` is a ShellCheck code as written in a config or pragma ("SC2086", case-insensitive).
using core::is_shellcheck_code;

}  // namespace distill::lint
