// The rules distill knows, from the one explicit list in rules/registry.cpp, with lookup by code, slug or
// alias and each rule's embedded documentation.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace distill::lint {

struct RuleEntry {
  const RuleMeta* meta;
  RuleFactory make;
};

// The factories in rules/registry.cpp, in the listed order.
std::span<const RuleFactory> rule_factories();
// Every rule with its metadata, in registry order.
const std::vector<RuleEntry>& registered_rules();
// By code ("DL3008"), slug ("apt-get-unpinned") or alias ("JSONArgsRecommended"); case-insensitive.
const RuleEntry* find_rule(std::string_view name);
// Whether the rule has a BuildKit check name among its aliases (BuildKit's # check= directive applies to it).
bool has_buildkit_alias(const RuleMeta& meta);
// The rule's markdown document (rules/<category>/<slug>.md, embedded at build time); empty when missing.
std::string_view rule_doc(std::string_view slug);
// Every embedded document: slug -> markdown.
std::span<const std::pair<std::string_view, std::string_view>> rule_docs();

}  // namespace distill::lint
