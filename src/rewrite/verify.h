// The last gate before anything is printed or written: the output must parse without errors and its runtime
// stage must lint clean of the correctness and distroless rules; otherwise the rewrite is a refusal.
#pragma once

#include <string>
#include <vector>

#include "rewrite/outcome.h"

namespace distill::rewrite {

// Empty when the text passes; `expect_nonroot` adds the check that the runtime does not run as root.
std::vector<Refusal> verify(const std::string& path, const std::string& text, bool expect_nonroot);

}  // namespace distill::rewrite
