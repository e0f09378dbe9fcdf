// `distill parse PATH... [--format sexp|json|buildkit]`: shows how distill reads Dockerfiles.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace distill::cli {

void register_parse_command(CLI::App& app, std::function<int()>& action);

}  // namespace distill::cli
