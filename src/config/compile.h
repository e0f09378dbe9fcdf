// The second half of reading a config layer: Fragment -> Config. Each layer is compiled on top of the ones
// below it, so one function implements the precedence rules for files, the environment and the command line
// alike.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "config/fragment.h"
#include "core/text.h"

namespace distill::config {

// Answers "is this a rule code or slug distill knows?" (the linter's registry). Empty = every rule is known.
// ShellCheck codes (SC followed by four digits) are accepted without asking.
using RuleFilter = std::function<bool(std::string_view)>;

// Applies `fragment` on top of `config`. Scalars set in the fragment replace the value below; lists are
// appended (duplicates dropped); maps are merged key by key. Rules: a layer's `override` of a rule un-ignores
// it and a layer's `ignored` drops an earlier override of it, so the later layer wins; within one layer
// `ignored` wins. An invalid entry (unknown rule, severity or label type) is reported and left out; the rest
// still applies.
void compile(const Fragment& fragment, const RuleFilter& is_known_rule, Config& config,
             std::vector<Diagnostic>& diagnostics);

// True for ShellCheck codes like SC2086, which distill forwards to ShellCheck rather than registering.
using core::is_shellcheck_code;

}  // namespace distill::config
