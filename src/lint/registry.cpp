// Builds the rule table once from the factories; rule metadata lives in static storage of each rule's file.
#include "lint/registry.h"

#include <algorithm>
#include <cctype>

namespace distill::lint {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

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
    if (iequals(entry.meta->code, name) || iequals(entry.meta->slug, name)) return &entry;
    for (std::string_view alias : entry.meta->aliases) {
      if (iequals(alias, name)) return &entry;
    }
  }
  return nullptr;
}

std::string_view rule_doc(std::string_view slug) {
  for (const auto& [doc_slug, text] : rule_docs()) {
    if (doc_slug == slug) return text;
  }
  return {};
}

}  // namespace distill::lint
