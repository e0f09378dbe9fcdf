// `distill lint PATH...`: lint Dockerfiles with the configured rules and report in one or more formats.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace distill::cli {

void register_lint_command(CLI::App& app, std::function<int()>& action);

}  // namespace distill::cli
