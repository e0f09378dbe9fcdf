// Builds the rule table once from the factories; rule metadata lives in static storage of each rule's file.
#include "lint/registry.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace distill::lint {
const std::vector<RuleEntry>& registered_rules() {
  static const std::vector<RuleEntry> entries = [] {
    std::vector<RuleEntry> out;
    for (RuleFactory make : rule_factories()) out.push_back(RuleEntry{&make()->meta(), make});
    return out;
  }();
  return entries;
}

const RuleEntry* find_rule(std::string_view name) {
  for (const RuleEntry& entry : registered_rules()) {
    if (core::iequals(entry.meta->code, name) || core::iequals(entry.meta->slug, name)) return &entry;
    for (std::string_view alias : entry.meta->aliases) {
      if (core::iequals(alias, name)) return &entry;
    }
  }
  return nullptr;
}

bool has_buildkit_alias(const RuleMeta& meta) {
  // BuildKit check names are CamelCase words; hadolint/Trivy/Checkov ids contain digits.
  return std::any_of(meta.aliases.begin(), meta.aliases.end(), [](std::string_view a) {
    return !a.empty() && std::isupper(static_cast<unsigned char>(a.front())) &&
           a.find_first_of("0123456789") == std::string_view::npos;
  });
}

std::string_view rule_doc(std::string_view slug) {
  for (const auto& [doc_slug, text] : rule_docs()) {
    if (doc_slug == slug) return text;
  }
  return {};
}

}  // namespace distill::lint
