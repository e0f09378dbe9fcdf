// ARG and ENV visibility as BuildKit defines it: global ARGs (before the first FROM) are visible in FROM
// lines only, unless a stage redeclares them; ENV and ARG carry into a stage built FROM another stage.
#pragma once

#include <string>
#include <string_view>

#include "syntax/dockerfile.h"
#include "syntax/variables/predefined_args.h"
#include "syntax/variables/scope.h"

namespace distill::syntax {

// The variables a FROM line sees: predefined platform ARGs and global ARGs with their defaults.
variables::Scope from_scope(const Dockerfile& file);
// Text without '$', quotes, the escape character or non-ASCII bytes comes out of expansion unchanged; most
// words are such text, and skip the word processor.
bool expands_to_itself(std::string_view text, char escape);
// `text` expanded with `scope`; unchanged when it cannot be expanded.
std::string expand_with(const variables::Scope& scope, std::string_view text, char escape);
// `text` with the FROM scope expanded; unchanged when it cannot be expanded.
std::string expand_in_from(const Dockerfile& file, std::string_view text);
// The variables visible to instruction `instruction_index` of stage `stage_index` (before it runs).
variables::Scope scope_before(const Dockerfile& file, uint32_t stage_index, size_t instruction_index);
// Moves `scope` from the scope before instruction `from` of the stage to the one before instruction `to`
// (from <= to), so a walk in file order pays for each instruction once. `globals` is from_scope(file).
void advance_scope(const Dockerfile& file, uint32_t stage_index, size_t from, size_t to,
                   const variables::Scope& globals, variables::Scope& scope);
// The variables visible to instruction `instruction_index` of the preamble (before the first FROM), as the
// instructions before it leave them: predefined ARGs, then each ARG and ENV in order. BuildKit allows only
// ARG there; linters still read ENV there as a stage would (hadolint does).
variables::Scope preamble_scope_before(const Dockerfile& file, size_t instruction_index);
// `text` expanded with that scope; unchanged when it cannot be expanded.
std::string expand_at(const Dockerfile& file, uint32_t stage_index, size_t instruction_index,
                      std::string_view text);

}  // namespace distill::syntax
