// Applies a list of Edits to a text. Every change distill makes to a file — fixes, the formatter, LSP code
// actions, the rewriter — goes through this one function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/result.h"

namespace distill::core {

// Applies `edits` (any order; sorted here). Overlapping edits or ranges outside the text are an Error:
// the caller decides which edit to drop; nothing is applied half-way.
Result<std::string> apply_edits(std::string_view text, std::vector<Edit> edits);

}  // namespace distill::core
