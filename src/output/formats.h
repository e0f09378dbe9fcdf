// The factories of the individual formats, private to src/output/: callers go through make_formatter().
#pragma once

#include <memory>
#include <ostream>

#include "output/formatter.h"

namespace distill::output {

// A finding's slug, falling back to the catalogue for findings made without one.
inline std::string_view slug_of(const core::Finding& finding, const RuleCatalog& rules) {
  if (!finding.slug.empty()) return finding.slug;
  const RuleInfo* rule = rules.find(finding.code);
  return rule != nullptr ? rule->slug : std::string_view();
}

std::unique_ptr<Formatter> make_tty_formatter(std::ostream& out, const RuleCatalog& rules,
                                              const FormatOptions& options);
std::unique_ptr<Formatter> make_json_formatter(std::ostream& out, const RuleCatalog& rules,
                                               const FormatOptions& options);
std::unique_ptr<Formatter> make_sarif_formatter(std::ostream& out, const RuleCatalog& rules,
                                                const FormatOptions& options);
std::unique_ptr<Formatter> make_checkstyle_formatter(std::ostream& out, const RuleCatalog& rules,
                                                     const FormatOptions& options);
std::unique_ptr<Formatter> make_gnu_formatter(std::ostream& out, const RuleCatalog& rules,
                                              const FormatOptions& options);
std::unique_ptr<Formatter> make_codeclimate_formatter(std::ostream& out, const RuleCatalog& rules,
                                                      const FormatOptions& options);
std::unique_ptr<Formatter> make_gitlab_formatter(std::ostream& out, const RuleCatalog& rules,
                                                 const FormatOptions& options);
std::unique_ptr<Formatter> make_junit_formatter(std::ostream& out, const RuleCatalog& rules,
                                                const FormatOptions& options);
std::unique_ptr<Formatter> make_github_formatter(std::ostream& out, const RuleCatalog& rules,
                                                 const FormatOptions& options);

}  // namespace distill::output
