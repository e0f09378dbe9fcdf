// Every rule document's examples are tests: the bad example must raise the rule, the good one must not, and
// for a fixable rule, applying the rule's fixes to the bad example must give the good one. A rule that acts
// only when configured puts a ```yaml block (a .distill.yaml fragment) under "## Example" before the bad
// example; both examples are linted with it. A rule that reads the build context puts a ```dockerignore block
// there the same way: the context's .dockerignore for both examples.
#include <catch2/catch.hpp>

#include <optional>

#include "config_yaml.h"
#include "core/edits.h"
#include "lint/rule_document.h"
#include "lint_helpers.h"

using namespace distill;

namespace {

size_t count_code(const std::vector<core::Finding>& findings, std::string_view code) {
  return static_cast<size_t>(
      std::count_if(findings.begin(), findings.end(), [&](auto& f) { return f.code == code; }));
}

}  // namespace

TEST_CASE("rule documents: bad examples fire, good examples do not, fixes turn bad into good") {
  REQUIRE_FALSE(lint::registered_rules().empty());
  for (const lint::RuleEntry& entry : lint::registered_rules()) {
    const lint::RuleMeta& meta = *entry.meta;
    if (!testing::rule_selected(meta.slug)) continue;
    INFO("rule " << meta.code << " " << meta.slug);
    auto doc = lint::parse_rule_document(lint::rule_doc(meta.slug));
    REQUIRE(doc.bad_example);
    REQUIRE(doc.good_example);
    // Off-by-default rules are switched on for their own examples.
    config::Config base;
    if (doc.example_config) {
      auto diagnostics =
          testing::apply_config_yaml(*doc.example_config, std::string(meta.slug) + ".md", base);
      for (const auto& d : diagnostics) FAIL_CHECK(config::describe(d));
    }
    config::Config config = testing::only_rules({std::string(meta.code)}, base);
    config.overrides[std::string(meta.code)] =
        meta.severity == core::Severity::kIgnore ? core::Severity::kInfo : meta.severity;
    std::optional<lint::ContextIgnore> ignore;
    if (doc.example_dockerignore) ignore = testing::dockerignore(*doc.example_dockerignore);
    const lint::ContextIgnore* context = ignore ? &*ignore : nullptr;
    auto bad = testing::lint_text(*doc.bad_example, config, context);
    CHECK(count_code(bad, meta.code) > 0);
    auto good = testing::lint_text(*doc.good_example, config, context);
    CHECK(count_code(good, meta.code) == 0);
    if (meta.fix != lint::FixAvailability::kNone) {
      std::vector<core::Edit> edits;
      for (const core::Finding& f : bad) {
        if (f.code == meta.code && f.fix) edits.insert(edits.end(), f.fix->edits.begin(), f.fix->edits.end());
      }
      auto fixed = core::apply_edits(*doc.bad_example, edits);
      REQUIRE(fixed);
      CHECK(*fixed == *doc.good_example);
    }
  }
}
