// Code Climate and GitLab Code Quality share a severity scale (info, minor, major, critical, blocker); the
// mapping from distill's severities is decided once, here.
#pragma once

#include <string_view>

#include "core/finding.h"

namespace distill::output {

// error → critical, warning → major, style → minor, info → info. blocker is kept for inputs distill could not
// read or parse: nothing else was checked in them.
inline std::string_view code_quality_severity(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return "critical";
    case core::Severity::kWarning:
      return "major";
    case core::Severity::kStyle:
      return "minor";
    case core::Severity::kInfo:
    case core::Severity::kIgnore:
      break;
  }
  return "info";
}

inline constexpr std::string_view kFailureSeverity = "blocker";
// check_name of the issue reported for an unreadable or unparsable input.
inline constexpr std::string_view kFailureCheckName = "distill-failure";

}  // namespace distill::output
