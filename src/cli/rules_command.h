// `distill rules` (the rule list) and `distill explain CODE|SLUG` (one rule's document), both from the
// documentation embedded in the binary.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace distill::cli {

void register_rules_commands(CLI::App& app, std::function<int()>& action);

}  // namespace distill::cli
