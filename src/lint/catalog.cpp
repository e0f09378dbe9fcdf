// Summaries come from each document's "What it does" paragraph, so the docs stay the single source of text.
#include "lint/catalog.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>
#include <string>

#include "lint/registry.h"
#include "lint/rule_document.h"

namespace distill::lint {
namespace {

// Codes, slugs and severities are known up front; a rule's document is parsed the first time something asks
// for that rule (SARIF's rule list, `distill explain`), so a lint run that never shows help text parses none.
class RegistryCatalog final : public output::RuleCatalog {
 public:
  RegistryCatalog() {
    const std::vector<RuleEntry>& entries = registered_rules();
    parsed_ = std::make_unique<std::once_flag[]>(entries.size());
    summaries_.resize(entries.size());
    bodies_.resize(entries.size());
    for (const RuleEntry& entry : entries) {
      infos_.push_back(output::RuleInfo{entry.meta->code, entry.meta->slug, {}, {}, entry.meta->severity});
    }
  }

  const std::vector<output::RuleInfo>& rules() const override {
    for (size_t i = 0; i < infos_.size(); ++i) document(i);
    return infos_;
  }

  const output::RuleInfo* find(std::string_view name) const override {
    const RuleEntry* entry = find_rule(name);
    if (entry == nullptr) return nullptr;
    auto it = std::find_if(infos_.begin(), infos_.end(),
                           [&](const auto& r) { return r.code == entry->meta->code; });
    if (it == infos_.end()) return nullptr;
    document(static_cast<size_t>(it - infos_.begin()));
    return &*it;
  }

 private:
  // Fills in rule i's summary and document, once, whichever thread asks first.
  void document(size_t i) const {
    std::call_once(parsed_[i], [&] {
      RuleDocument doc = parse_rule_document(rule_doc(infos_[i].slug));
      summaries_[i] = std::move(doc.summary);
      bodies_[i] = std::move(doc.body);
      infos_[i].summary = summaries_[i];
      infos_[i].markdown = bodies_[i];
    });
  }

  std::unique_ptr<std::once_flag[]> parsed_;
  mutable std::vector<std::string> summaries_;  // sized up front: the views in infos_ point into them
  mutable std::vector<std::string> bodies_;
  mutable std::vector<output::RuleInfo> infos_;
};

}  // namespace

const output::RuleCatalog& rule_catalog() {
  static const RegistryCatalog catalog;
  return catalog;
}

}  // namespace distill::lint
