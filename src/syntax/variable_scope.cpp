// Replays ARG and ENV instructions in order; a stage built FROM another stage starts from that stage's scope.
#include "syntax/variable_scope.h"

#include <algorithm>

#include "syntax/variables/expansion.h"

namespace distill::syntax {
namespace {

std::string expanded_or_raw(std::string_view text, const variables::Scope& scope, char escape) {
  if (expands_to_itself(text, escape)) return std::string(text);
  auto result = variables::expand_word(text, scope.lookup(), escape);
  return result ? result->value : std::string(text);
}

void apply(const Instruction& in, variables::Scope& scope, const variables::Scope& globals, char escape) {
  if (in.is("ARG")) {
    for (const KeyValue& kv : in.pairs) {
      if (kv.value) {
        scope.set(kv.key, expanded_or_raw(*kv.value, scope, escape));
      } else if (auto global = globals.get(kv.key)) {
        scope.set(kv.key, *global);  // redeclaring a global ARG imports its value
      } else {
        scope.declare(kv.key);
      }
    }
  } else if (in.is("ENV")) {
    for (const KeyValue& kv : in.pairs)
      scope.set(kv.key, expanded_or_raw(kv.value.value_or(""), scope, escape));
  }
}

}  // namespace

bool expands_to_itself(std::string_view text, char escape) {
  for (char c : text) {
    if (c == '$' || c == '\'' || c == '"' || c == escape || static_cast<unsigned char>(c) >= 0x80)
      return false;
  }
  return true;
}

variables::Scope from_scope(const Dockerfile& file) {
  variables::Scope scope = variables::predefined_args();
  for (const Instruction& in : file.preamble) {
    if (!in.is("ARG")) continue;
    for (const KeyValue& kv : in.pairs) {
      if (kv.value) {
        scope.set(kv.key, expanded_or_raw(*kv.value, scope, file.escape));
      } else if (!scope.contains(kv.key)) {
        scope.declare(kv.key);
      }
    }
  }
  return scope;
}

variables::Scope preamble_scope_before(const Dockerfile& file, size_t instruction_index) {
  variables::Scope scope = variables::predefined_args();
  const variables::Scope none;
  for (size_t i = 0; i < instruction_index && i < file.preamble.size(); ++i)
    apply(file.preamble[i], scope, none, file.escape);
  return scope;
}

std::string expand_with(const variables::Scope& scope, std::string_view text, char escape) {
  return expanded_or_raw(text, scope, escape);
}

std::string expand_in_from(const Dockerfile& file, std::string_view text) {
  if (expands_to_itself(text, file.escape)) return std::string(text);
  return expanded_or_raw(text, from_scope(file), file.escape);
}

variables::Scope scope_before(const Dockerfile& file, uint32_t stage_index, size_t instruction_index) {
  if (stage_index >= file.stages.size()) return from_scope(file);
  const Stage& stage = file.stages[stage_index];
  variables::Scope globals = from_scope(file);
  variables::Scope scope;
  if (stage.parent && *stage.parent < stage_index) {
    const Stage& parent = file.stages[*stage.parent];
    scope = scope_before(file, *stage.parent, parent.instructions.size());
  }
  for (size_t i = 1; i < instruction_index && i < stage.instructions.size(); ++i) {
    apply(stage.instructions[i], scope, globals, file.escape);
  }
  return scope;
}

void advance_scope(const Dockerfile& file, uint32_t stage_index, size_t from, size_t to,
                   const variables::Scope& globals, variables::Scope& scope) {
  if (stage_index >= file.stages.size()) return;
  const Stage& stage = file.stages[stage_index];
  for (size_t i = std::max<size_t>(from, 1); i < to && i < stage.instructions.size(); ++i) {
    apply(stage.instructions[i], scope, globals, file.escape);
  }
}

std::string expand_at(const Dockerfile& file, uint32_t stage_index, size_t instruction_index,
                      std::string_view text) {
  if (expands_to_itself(text, file.escape)) return std::string(text);
  return expanded_or_raw(text, scope_before(file, stage_index, instruction_index), file.escape);
}

}  // namespace distill::syntax
