// HEALTHCHECK in a shell-less runtime: `curl -f URL` / `wget URL` probes become the runtime's own
// interpreter fetching the URL (python3 urllib, node http); anything else that needs a shell or a tool the
// runtime lacks is reported and left out, never silently dropped.
#pragma once

#include <optional>
#include <string>

#include "rewrite/plan.h"

namespace distill::rewrite {

// The HEALTHCHECK line for the runtime stage, or nullopt (with a note saying why) when it cannot be kept.
std::optional<std::string> convert_healthcheck(const PlanContext& context,
                                               const syntax::Instruction& healthcheck,
                                               const RuntimePlan& plan);

}  // namespace distill::rewrite
