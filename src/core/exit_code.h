// The process exit codes, in one place, because scripts and CI depend on them.
#pragma once

namespace distill::core {

enum class ExitCode : int {
  kClean = 0,       // nothing at or above the failure threshold
  kFindings = 1,    // findings at or above the failure threshold
  kUsage = 2,       // usage, configuration or I/O error
  kRefused = 3,     // the rewriter refused (nothing written)
  kUnparsable = 4,  // some input could not be parsed (the others were still processed)
};

inline int to_int(ExitCode code) {
  return static_cast<int>(code);
}

}  // namespace distill::core
