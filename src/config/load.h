// The one entry point the CLI and the LSP call to get the effective Config: find or take the config file,
// then compile defaults < file < DISTILL_* environment < command line, collecting every diagnostic on the
// way.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/cli_overrides.h"
#include "config/compile.h"
#include "config/config.h"
#include "config/environment.h"
#include "core/file_system.h"

namespace distill::config {

struct LoadRequest {
  std::filesystem::path start_dir;  // where discovery starts: the cwd, or the document's dir
  std::optional<std::filesystem::path> explicit_path;  // --config FILE: bypasses discovery; must be readable
  Environment env;                                     // empty = no environment at all
  CliOverrides cli;
  RuleFilter is_known_rule;                 // empty = accept every rule reference
  const core::FileSystem* files = nullptr;  // nullptr = the disk; the LSP passes its overlay of open buffers
};

struct LoadResult {
  Config config;
  std::vector<Diagnostic> diagnostics;  // problems that were skipped over; the config is usable regardless
  // Set only when a named config file (explicit_path, cli.config_path or DISTILL_CONFIG) cannot be read: the
  // CLI exits 2. `config` then still holds defaults < environment < command line.
  std::optional<std::string> fatal;
};

// The config file is, in order: explicit_path, cli.config_path, $DISTILL_CONFIG, else find_config_file().
// A discovered file that cannot be read is a diagnostic, not fatal. Never throws.
LoadResult load(const LoadRequest& request);

}  // namespace distill::config
