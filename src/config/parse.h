// The first half of reading a config file: YAML text -> Fragment. Structure is checked here (wrong types,
// unknown or duplicate keys, bad YAML); meaning (severity names, rule codes, label types) is compile()'s job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "config/fragment.h"

namespace distill::config {

// Every spelling of every top-level key, kebab-case first and hadolint's camelCase after it.
const std::vector<std::string>& known_keys();

// Never throws and always returns a usable fragment: whatever could not be read is left out and reported in
// `diagnostics` with `path` and a 1-based line/column. An empty file is a valid, empty config.
Fragment parse_fragment(std::string_view text, const std::string& path, std::vector<Diagnostic>& diagnostics);

}  // namespace distill::config
