// OS packages the original installed, judged for the runtime: build tools are fine (they stay in the
// builder); a library the built code links, or a program it runs, must exist in the runtime or the rewrite
// refuses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rewrite/plan.h"

namespace distill::rewrite {

// A package operand without its version constraint or architecture: "curl" for curl=7.88, pkg>=1, pkg~1.2,
// curl:amd64.
std::string bare_package_name(std::string_view operand);

// False (with refusals naming the packages) when the runtime of `kind` lacks something the app may need.
// With `libraries`, packages that are only shared libraries or their headers are put there instead of
// refused: the caller gathers what the built code loads (see native_libraries.h).
bool check_packages(const PlanContext& context, RuntimeKind kind,
                    std::vector<std::string>* libraries = nullptr);

}  // namespace distill::rewrite
