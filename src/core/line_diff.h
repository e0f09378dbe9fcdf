// A unified diff of two texts by lines (LCS), for `--diff` of the rewriter, the formatter and fixes.
#pragma once

#include <string>
#include <string_view>

namespace distill::core {

// "--- a/<path>\n+++ b/<path>\n@@ … @@" hunks with `context` lines around changes; "" when equal.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path,
                         int context = 3);

}  // namespace distill::core
