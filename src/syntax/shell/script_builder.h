// Walks a tree-sitter-bash tree once and builds the Script view: commands, pipelines, placement.
#pragma once

#include <tree_sitter/api.h>

#include "core/mapped_text.h"
#include "core/result.h"
#include "syntax/shell/script.h"

namespace distill::syntax::shell {

// `root` must come from parsing `text`. Fails only when the tree nests deeper than we are willing to recurse.
core::Result<Script> build_script(TSNode root, const core::MappedText& text);

}  // namespace distill::syntax::shell
