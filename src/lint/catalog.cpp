// Summaries come from each document's "What it does" paragraph, so the docs stay the single source of text.
#include "lint/catalog.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "lint/registry.h"
#include "lint/rule_document.h"

namespace distill::lint {
namespace {

class RegistryCatalog final : public output::RuleCatalog {
 public:
  RegistryCatalog() {
    for (const RuleEntry& entry : registered_rules()) {
      std::string_view markdown = rule_doc(entry.meta->slug);
      RuleDocument doc = parse_rule_document(markdown);
      summaries_.push_back(doc.summary);
      bodies_.push_back(doc.body);
    }
    size_t i = 0;
    for (const RuleEntry& entry : registered_rules()) {
      infos_.push_back(output::RuleInfo{entry.meta->code, entry.meta->slug, summaries_[i], bodies_[i],
                                        entry.meta->severity});
      ++i;
    }
  }

  const std::vector<output::RuleInfo>& rules() const override { return infos_; }

  const output::RuleInfo* find(std::string_view name) const override {
    const RuleEntry* entry = find_rule(name);
    if (entry == nullptr) return nullptr;
    auto it = std::find_if(infos_.begin(), infos_.end(),
                           [&](const auto& r) { return r.code == entry->meta->code; });
    return it == infos_.end() ? nullptr : &*it;
  }

 private:
  std::vector<std::string> summaries_;
  std::vector<std::string> bodies_;
  std::vector<output::RuleInfo> infos_;
};

}  // namespace

const output::RuleCatalog& rule_catalog() {
  static const RegistryCatalog catalog;
  return catalog;
}

}  // namespace distill::lint
