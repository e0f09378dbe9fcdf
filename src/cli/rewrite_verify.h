// `distill rewrite --verify`: build the original and the rewrite with the container engine on PATH and put
// their sizes side by side; with --verify-run, run both and compare stdout and exit code.
#pragma once

#include <optional>
#include <string>

#include "core/result.h"

namespace distill::cli {

struct VerifyRequest {
  std::string dockerfile;               // the original, on disk
  std::string rewritten;                // the rewrite's text
  std::string context;                  // build context directory
  std::optional<std::string> run_args;  // --verify-run: arguments for `run IMAGE …`, split on whitespace
};

struct VerifyReport {
  std::string engine;
  long long original_bytes = 0;
  long long rewritten_bytes = 0;
  bool ran = false;
  bool same_output = false;
  std::string difference;  // what differed when same_output is false
};

// An Error when no engine is on PATH or a build fails (the engine's output is in the message).
core::Result<VerifyReport> verify_with_engine(const VerifyRequest& request);

}  // namespace distill::cli
