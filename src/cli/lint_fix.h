// `distill lint --fix`: the safe fixes of a lint run applied to the files, each written atomically (or, with
// --diff, shown as a unified diff and nothing written). Overlapping fixes keep the first; stdin and files
// with syntax errors are left alone.
#pragma once

#include <string>
#include <vector>

#include "cli/lint_runner.h"
#include "core/result.h"

namespace distill::cli {

struct FixOutcome {
  std::vector<size_t> changed;  // indices into the run's files whose text the fixes changed
  size_t fixes_applied = 0;
  std::string diff;                 // with diff_only: the unified diffs of every changed file
  std::vector<core::Error> errors;  // files that could not be written
};

FixOutcome apply_safe_fixes(const LintRun& run, bool diff_only);

}  // namespace distill::cli
