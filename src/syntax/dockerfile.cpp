// Lookups over the model that several consumers need (rules, the rewriter, the LSP).
#include "syntax/dockerfile.h"

#include "core/text.h"

#include <cctype>
#include <charconv>

namespace distill::syntax {

const Flag* Instruction::flag(std::string_view name) const {
  for (const Flag& f : flags) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

const Directive* Dockerfile::directive(std::string_view name) const {
  for (const Directive& d : directives) {
    if (d.name == name) return &d;
  }
  return nullptr;
}

std::optional<uint32_t> Dockerfile::find_stage(std::string_view name, uint32_t before,
                                               bool allow_index) const {
  std::string wanted = core::to_lower(name);
  for (uint32_t i = 0; i < before && i < stages.size(); ++i) {
    if (stages[i].alias && *stages[i].alias == wanted) return i;
  }
  if (!allow_index) return std::nullopt;
  uint32_t index = 0;
  auto [end, ec] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), index);
  if (ec == std::errc() && end == wanted.data() + wanted.size() && index < before && index < stages.size()) {
    return index;
  }
  return std::nullopt;
}

std::vector<const Instruction*> Dockerfile::all_instructions() const {
  std::vector<const Instruction*> out;
  for (const Instruction& in : preamble) out.push_back(&in);
  for (const Stage& stage : stages) {
    for (const Instruction& in : stage.instructions) out.push_back(&in);
  }
  return out;
}

}  // namespace distill::syntax
