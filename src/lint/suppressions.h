// Applies inline suppressions to findings and reports the suppressions that name unknown rules or silence
// nothing (rule DI0010 unused-suppression), so stale pragmas do not pile up.
#pragma once

#include <vector>

#include "config/config.h"
#include "core/finding.h"
#include "lint/pragmas.h"

namespace distill::lint {

// `report_unused` is false for findings added after the main run (ShellCheck), so a pragma is judged once.
std::vector<core::Finding> apply_suppressions(std::vector<core::Finding> findings, const Pragmas& pragmas,
                                              const config::Config& config, bool report_unused = true);

}  // namespace distill::lint
