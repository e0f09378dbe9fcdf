// Rebuilds a word's literal as mapped text, so `sh -c '…'` bodies can be parsed with Dockerfile positions.
#include "syntax/shell/word.h"

namespace distill::syntax::shell {

std::optional<core::MappedText> Word::mapped_literal() const {
  if (!literal || literal_offsets.size() != literal->size() + 1) return std::nullopt;
  core::MappedText out;
  for (size_t i = 0; i < literal->size(); ++i) {
    out.append_synthetic(std::string_view(*literal).substr(i, 1), literal_offsets[i]);
  }
  out.finish(literal_offsets.back());
  return out;
}

}  // namespace distill::syntax::shell
