// Rules that read the configuration (trusted registries, label schema, rule options) are tested with a
// .distill.yaml fragment, read by the project's own loader: parse_fragment() then compile() on top of
// `config`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/compile.h"
#include "config/config.h"
#include "config/parse.h"

namespace distill::testing {

// Merges the YAML text into `config`; returns the loader's diagnostics (a test expects none).
inline std::vector<config::Diagnostic> apply_config_yaml(std::string_view yaml, const std::string& path,
                                                         config::Config& config) {
  std::vector<config::Diagnostic> diagnostics;
  config::Fragment fragment = config::parse_fragment(yaml, path, diagnostics);
  config::compile(fragment, {}, config, diagnostics);
  return diagnostics;
}

}  // namespace distill::testing
