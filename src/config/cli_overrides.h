// The command line as a config layer, the highest one. The CLI (and the LSP's initializationOptions) fill
// this struct; turning it into a Fragment lets compile() check it like a file, naming the flag in
// diagnostics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/fragment.h"

namespace distill::config {

// Unset optionals and empty lists leave the lower layers alone. Values are kept as typed by the user
// (severity names, "name:type" labels) so that a mistake is reported with the same words as in a config file.
struct CliOverrides {
  std::vector<std::string> ignored;              // --ignore CODE (repeatable)
  std::vector<std::string> override_error;       // --error CODE
  std::vector<std::string> override_warning;     // --warning CODE
  std::vector<std::string> override_info;        // --info CODE
  std::vector<std::string> override_style;       // --style CODE
  std::optional<std::string> failure_threshold;  // --failure-threshold error|warning|info|style|ignore|none
  std::optional<bool> no_fail;                   // --no-fail
  std::vector<std::string> trusted_registries;   // --trusted-registry REGISTRY
  std::optional<bool> shellcheck;                // --shellcheck / --no-shellcheck
  std::optional<bool> strict_labels;             // --strict-labels
  std::optional<bool> disable_ignore_pragma;     // --disable-ignore-pragma
  std::vector<std::string> require_labels;       // --require-label NAME:TYPE (hadolint's flag)
  std::optional<std::string> config_path;        // --config FILE (same as LoadRequest::explicit_path)
};

// Locations name the flag ("--ignore"); a --require-label without a colon is reported here.
Fragment fragment_from_cli(const CliOverrides& cli, std::vector<Diagnostic>& diagnostics);

}  // namespace distill::config
