// `distill lsp`: the language server on stdin/stdout.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace distill::cli {

void register_lsp_command(CLI::App& app, std::function<int()>& action);

}  // namespace distill::cli
