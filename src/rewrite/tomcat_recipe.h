// Tomcat's own start script as the command (`catalina.sh run`), rewritten to the JVM command it builds.
#pragma once

#include <string>

#include "rewrite/plan.h"

namespace distill::rewrite {

bool is_catalina(const std::string& program);

// Sets the runtime's ENTRYPOINT and copies for `catalina.sh run`; false (with a refusal) when what the script
// would do cannot be told without running it.
bool plan_tomcat(const PlanContext& context, RuntimePlan& plan);

}  // namespace distill::rewrite
