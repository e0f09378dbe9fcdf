// Sorting then one left-to-right pass keeps edit application linear and independent of input order.
#include "core/edits.h"

#include <algorithm>

namespace distill::core {

Result<std::string> apply_edits(std::string_view text, std::vector<Edit> edits) {
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
    return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end < b.range.end;
  });
  std::string out;
  out.reserve(text.size());
  uint32_t at = 0;
  for (const Edit& edit : edits) {
    if (edit.range.begin > edit.range.end || edit.range.end > text.size()) {
      return Error{"edit outside the text", "", 0, 0};
    }
    if (edit.range.begin < at) return Error{"overlapping edits", "", 0, 0};
    out.append(text.substr(at, edit.range.begin - at));
    out.append(edit.replacement);
    at = edit.range.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace distill::core
