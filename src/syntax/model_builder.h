// Builds the typed Dockerfile model from a tree-sitter tree.
#pragma once

#include <tree_sitter/api.h>

#include "syntax/dockerfile.h"

namespace distill::syntax {

// Fills `file` (directives, comments, preamble, stages, errors) from the tree rooted at `root`.
void build_model(TSNode root, Dockerfile& file);

}  // namespace distill::syntax
