// Where the config file is when none is named: distill's own files first, then hadolint's, so a project that
// already has a .hadolint.yaml keeps working unchanged.
#pragma once

#include <filesystem>
#include <optional>

#include "config/environment.h"

namespace distill::config {

// Search order, first existing regular file wins:
//   1. .distill.yaml, .distill.yml in start_dir, then each parent, stopping after the repository root (the
//   first
//      directory containing .git) or the filesystem root;
//   2. $XDG_CONFIG_HOME/distill/config.yaml (XDG_CONFIG_HOME defaults to ~/.config; a relative value is
//   ignored);
//   3. ~/.distill.yaml.
// Only when none of those exists: .hadolint.yaml, .hadolint.yml up the same directories, then
// $XDG_CONFIG_HOME/hadolint.yaml|yml, ~/.hadolint/hadolint.yaml|yml, ~/.hadolint.yaml|yml.
// HOME and XDG_CONFIG_HOME are read through `env`; filesystem errors just mean "not here".
std::optional<std::filesystem::path> find_config_file(const std::filesystem::path& start_dir,
                                                      const Environment& env);

}  // namespace distill::config
