// `distill rewrite`: single-stage Dockerfiles -> builder + distroless runtime (see src/rewrite).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace distill::cli {

void register_rewrite_command(CLI::App& app, std::function<int()>& action);

}  // namespace distill::cli
