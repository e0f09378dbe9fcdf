// The command line: one CLI11 app with a subcommand per job, each defined in its own file.
#pragma once

namespace distill::cli {

// Parses argv, runs the chosen subcommand, returns the process exit code.
int run(int argc, char** argv);

}  // namespace distill::cli
