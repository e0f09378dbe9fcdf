// Severity names as hadolint spells them, so configs and outputs stay familiar.
#include "core/finding.h"

namespace distill::core {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
    case Severity::kStyle:
      return "style";
    case Severity::kIgnore:
      break;
  }
  return "ignore";
}

std::optional<Severity> parse_severity(std::string_view name) {
  if (name == "error") return Severity::kError;
  if (name == "warning") return Severity::kWarning;
  if (name == "info") return Severity::kInfo;
  if (name == "style") return Severity::kStyle;
  if (name == "ignore" || name == "none") return Severity::kIgnore;
  return std::nullopt;
}

}  // namespace distill::core
