// The effective configuration of a lint run, after merging defaults < config file < DISTILL_* environment <
// command line. Rule references are kept as written (code or slug); the linter resolves them.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/finding.h"

namespace distill::config {

struct Config {
  std::vector<std::string> ignored;                 // rule codes or slugs switched off
  std::map<std::string, core::Severity> overrides;  // rule code or slug -> severity (also enables off rules)
  core::Severity failure_threshold = core::Severity::kInfo;  // findings at or above it make the exit code 1
  bool no_fail = false;                                      // always exit 0 on findings
  std::vector<std::string> trusted_registries;               // DL3026-style allow-list; globs like "*.gcr.io"
  std::map<std::string, std::string>
      label_schema;  // label -> type (text, url, semver, hash, rfc3339, spdx, email)
  bool strict_labels = false;
  bool disable_ignore_pragma = false;
  std::optional<bool> shellcheck;                      // run ShellCheck on RUN bodies (off by default: slow)
  std::map<std::string, nlohmann::json> rule_options;  // `rules: {CODE: {option: value}}`, key as written
  std::vector<std::string> sources;                    // config files read, in order of increasing precedence
  // hadolint's presentation keys (`format`/`formats`, `no-color`, `verbose`): read so a .hadolint.yaml
  // carries over, applied by the CLI; linting never looks at them.
  std::vector<std::string> formats;
  bool no_color = false;
  bool verbose = false;
};

// A problem in a config file or variable, located so the user can jump to it; the rest of the config applies.
struct Diagnostic {
  std::string message;
  std::string path;   // config file, or "DISTILL_IGNORE" for an environment variable
  uint32_t line = 0;  // 1-based; 0 when unknown
  uint32_t column = 0;
};

// "path:line:col: message", leaving out the parts that are unknown (the way compilers print, so editors
// jump).
std::string describe(const Diagnostic& diagnostic);

}  // namespace distill::config
