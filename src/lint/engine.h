// Runs the enabled rules over one parsed Dockerfile: walks the preamble and each stage, unwraps ONBUILD,
// dispatches shell commands to the rules that subscribe to them, applies configured severities, suppressions
// and BuildKit's check directive, and returns the findings sorted by position.
#pragma once

#include <vector>

#include "config/config.h"
#include "core/finding.h"
#include "lint/context_ignore.h"
#include "syntax/dockerfile.h"

namespace distill::lint {

// `ignore` is the build context's ignore file when the caller knows the context (see find_context_ignore).
std::vector<core::Finding> lint(const syntax::Dockerfile& file, const config::Config& config,
                                const ContextIgnore* ignore = nullptr);

// Merges findings from an external checker (ShellCheck) into `findings`: configured ignores and severity
// overrides by code, then the file's suppression pragmas; the result is sorted like lint()'s.
void merge_external(const syntax::Dockerfile& file, std::vector<core::Finding> external,
                    const config::Config& config, std::vector<core::Finding>& findings);

}  // namespace distill::lint
