// The three ways `distill parse` shows a parsed Dockerfile: the concrete syntax tree as an indented
// S-expression, the typed model as JSON, and BuildKit's own parser dump format.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "syntax/dockerfile.h"

namespace distill::syntax {

// Named nodes with field names and [line:col - line:col] ranges (0-based, as tree-sitter prints them).
std::string to_sexp(const Dockerfile& file);
nlohmann::json to_json(const Dockerfile& file);
// One line per instruction, as BuildKit's `result.AST.Dump()` prints them.
std::string to_buildkit_dump(const Dockerfile& file);

}  // namespace distill::syntax
