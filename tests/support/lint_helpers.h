// Test helpers for rules: lint a text with every rule or only some, and list findings as "CODE@line".
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "lint/engine.h"
#include "lint/registry.h"
#include "syntax/parser.h"

namespace distill::testing {

inline syntax::Dockerfile parse_text(const std::string& text, const std::string& path = "Dockerfile") {
  syntax::Parser parser;
  auto parsed = parser.parse(core::SourceText(path, text));
  if (!parsed) throw std::runtime_error(parsed.error().describe());
  return std::move(parsed.value());
}

// A config in which only the named rules run (all others ignored).
inline config::Config only_rules(const std::vector<std::string>& names, config::Config base = {}) {
  for (const lint::RuleEntry& entry : lint::registered_rules()) {
    bool wanted = false;
    for (const std::string& name : names) wanted |= lint::find_rule(name) == &entry;
    if (!wanted) base.ignored.emplace_back(entry.meta->code);
  }
  return base;
}

inline std::vector<core::Finding> lint_text(const std::string& text, const config::Config& config,
                                            const lint::ContextIgnore* ignore = nullptr) {
  auto file = parse_text(text);
  return lint::lint(file, config, ignore);
}

// A build context whose .dockerignore holds `patterns`.
inline lint::ContextIgnore dockerignore(std::string_view patterns) {
  lint::ContextIgnore ignore;
  ignore.name = ".dockerignore";
  ignore.rules.add_text(patterns);
  return ignore;
}

}  // namespace distill::testing

namespace distill::testing {

// DISTILL_RULES=slug,slug restricts the per-rule test loops to those rules (handy while writing one rule).
inline bool rule_selected(std::string_view slug) {
  const char* env = std::getenv("DISTILL_RULES");
  if (env == nullptr || *env == '\0') return true;
  std::string_view list = env;
  while (!list.empty()) {
    size_t comma = list.find(',');
    if (list.substr(0, comma) == slug) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace distill::testing
