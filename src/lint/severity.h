// A rule's severity once configuration and the file's BuildKit directives are applied; shared by the engine
// (which rules run) and the meta rules the suppression pass reports (unused-suppression,
// inline-ignore-pragma).
#pragma once

#include <string>

#include "config/config.h"
#include "core/finding.h"
#include "lint/pragmas.h"
#include "lint/rule.h"

namespace distill::lint {

// Whether `name` (code, slug or alias) names the rule `meta`.
bool names_rule(const std::string& name, const RuleMeta& meta);

// An override wins, then `ignored`; kIgnore means the rule does not run.
core::Severity configured_severity(const RuleMeta& meta, const config::Config& config,
                                   const Pragmas& pragmas);

}  // namespace distill::lint
