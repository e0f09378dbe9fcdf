// THE list of rules: one line per rule, sorted by code. Nothing registers itself; a meta test checks that
// every rule file under rules/ is listed here exactly once. `rules/new-rule SLUG` adds a line.
#include <memory>

#include "lint/registry.h"

namespace distill::rules {
// BEGIN DECLARATIONS
std::unique_ptr<lint::Rule> make_apt_get_unpinned();
// END DECLARATIONS
}  // namespace distill::rules

namespace distill::lint {

std::span<const RuleFactory> rule_factories() {
  static constexpr RuleFactory kRules[] = {
      // BEGIN RULES
      &rules::make_apt_get_unpinned,  // DL3008
                                      // END RULES
  };
  return kRules;
}

}  // namespace distill::lint
