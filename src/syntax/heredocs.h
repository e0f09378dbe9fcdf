// Reads heredoc markers and bodies out of an instruction's tree.
#pragma once

#include <tree_sitter/api.h>

#include <vector>

#include "core/source.h"
#include "syntax/instruction.h"

namespace distill::syntax {

// The heredocs of `instruction` (not of an instruction nested in it), markers paired with bodies in order.
std::vector<Heredoc> read_heredocs(const core::SourceText& source, TSNode instruction);

}  // namespace distill::syntax
