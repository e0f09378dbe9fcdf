// The registry seen as the output layer's RuleCatalog (codes, slugs, summaries and documents for SARIF help,
// doc links and `distill rules`).
#pragma once

#include "output/rule_catalog.h"

namespace distill::lint {

// Built once from the registry and the embedded documents; immutable afterwards.
const output::RuleCatalog& rule_catalog();

}  // namespace distill::lint
