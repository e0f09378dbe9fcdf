// Applies inline suppressions to findings and reports the suppressions that name unknown rules or silence
// nothing (rule DI0010 unused-suppression), so stale pragmas do not pile up.
#pragma once

#include <vector>

#include "config/config.h"
#include "core/finding.h"
#include "lint/pragmas.h"

namespace distill::lint {

std::vector<core::Finding> apply_suppressions(std::vector<core::Finding> findings, const Pragmas& pragmas,
                                              const config::Config& config);

}  // namespace distill::lint
