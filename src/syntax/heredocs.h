// Reads heredoc markers and bodies out of an instruction's tree.
#pragma once

#include <tree_sitter/api.h>

#include <vector>

#include "core/source.h"
#include "syntax/instruction.h"

namespace distill::syntax {

// The heredocs of an instruction from its marker and block nodes (collect_pieces), paired in order.
std::vector<Heredoc> read_heredocs(const core::SourceText& source, const std::vector<TSNode>& markers,
                                   const std::vector<TSNode>& blocks);

}  // namespace distill::syntax
