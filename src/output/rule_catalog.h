// What output formats need to know about rules (SARIF's rule list with help text, doc links), without
// depending on the linter: the lint registry implements this.
#pragma once

#include <string_view>
#include <vector>

#include "core/finding.h"

namespace distill::output {

struct RuleInfo {
  std::string_view code;      // "DL3008"
  std::string_view slug;      // "apt-get-unpinned"
  std::string_view summary;   // one line: what it flags
  std::string_view markdown;  // the whole rule document (front matter stripped)
  core::Severity default_severity = core::Severity::kWarning;
};

class RuleCatalog {
 public:
  virtual ~RuleCatalog() = default;
  virtual const std::vector<RuleInfo>& rules() const = 0;
  // By code or slug; nullptr when unknown (e.g. ShellCheck's SC codes, which have no document here).
  virtual const RuleInfo* find(std::string_view code_or_slug) const = 0;
};

}  // namespace distill::output
