#include "lint/severity.h"

#include "lint/registry.h"

namespace distill::lint {

bool names_rule(const std::string& name, const RuleMeta& meta) {
  const RuleEntry* entry = find_rule(name);
  return entry != nullptr && entry->meta == &meta;
}

core::Severity configured_severity(const RuleMeta& meta, const config::Config& config,
                                   const Pragmas& pragmas) {
  core::Severity severity = meta.severity;
  if (experimental_enabled(pragmas, meta)) severity = core::Severity::kWarning;
  for (const auto& [name, level] : config.overrides) {
    if (names_rule(name, meta)) severity = level;
  }
  for (const std::string& name : config.ignored) {
    if (names_rule(name, meta)) severity = core::Severity::kIgnore;
  }
  if (pragmas.buildkit_error && has_buildkit_alias(meta) && severity != core::Severity::kIgnore) {
    severity = core::Severity::kError;
  }
  return severity;
}

}  // namespace distill::lint
