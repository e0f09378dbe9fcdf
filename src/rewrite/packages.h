// OS packages the original installed, judged for the runtime: build tools are fine (they stay in the
// builder); a library the built code links, or a program it runs, must exist in the runtime or the rewrite
// refuses.
#pragma once

#include <string>
#include <string_view>

#include "rewrite/plan.h"

namespace distill::rewrite {

// A package operand without its version constraint or architecture: "curl" for curl=7.88, pkg>=1, pkg~1.2,
// curl:amd64.
std::string bare_package_name(std::string_view operand);

// False (with refusals naming the packages) when the runtime of `kind` lacks something the app may need.
bool check_packages(const PlanContext& context, RuntimeKind kind);

}  // namespace distill::rewrite
