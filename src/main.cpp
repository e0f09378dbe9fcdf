// The distill executable: everything lives in the library; main only catches what must never escape.
#include <cstdio>
#include <exception>

#include "cli/app.h"
#include "core/exit_code.h"

int main(int argc, char** argv) {
  try {
    return distill::cli::run(argc, argv);
  } catch (const std::exception& e) {
    // Exceptions are bugs by convention; say so plainly instead of aborting.
    std::fprintf(stderr, "distill: internal error: %s\n", e.what());
    return distill::core::to_int(distill::core::ExitCode::kUsage);
  }
}
