// The environment as a config layer: DISTILL_* variables become a Fragment, and discovery reads HOME and
// XDG_CONFIG_HOME. The environment is always passed in as a function, so tests and the LSP can supply their
// own.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "config/fragment.h"

namespace distill::config {

// The value of a variable, or nothing when it is unset.
using Environment = std::function<std::optional<std::string>(std::string_view name)>;

// The process environment (getenv), read at each call.
Environment process_environment();

// A fixed environment, for tests and for embedding.
Environment fixed_environment(std::map<std::string, std::string> variables);

// A set, non-empty variable; an empty value counts as unset (as XDG and most tools treat it).
std::optional<std::string> non_empty(const Environment& env, std::string_view name);

// 1/y/yes/on/true and 0/n/no/off/false, any case; nothing for other words.
std::optional<bool> parse_bool_word(std::string_view word);

// "a, b,,c" -> {"a", "b", "c"}: items trimmed, empty ones dropped.
std::vector<std::string> split_list(std::string_view text);

// DISTILL_IGNORE, DISTILL_FAILURE_THRESHOLD, DISTILL_NO_FAIL, DISTILL_STRICT_LABELS,
// DISTILL_DISABLE_IGNORE_PRAGMA, DISTILL_SHELLCHECK, DISTILL_OVERRIDE_{ERROR,WARNING,INFO,STYLE} and
// DISTILL_TRUSTED_REGISTRIES as a Fragment whose locations name the variable. A value that is not a boolean
// where one is expected is reported here; other checks happen in compile().
Fragment fragment_from_environment(const Environment& env, std::vector<Diagnostic>& diagnostics);

// DISTILL_CONFIG: a config file named like --config (missing = fatal), if set.
std::optional<std::string> config_path_from_environment(const Environment& env);

}  // namespace distill::config
