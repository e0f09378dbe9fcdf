// The logical line of an instruction, as BuildKit assembles it: the text after the keyword with every line
// continuation, comment line and empty line inside the continuation removed, mapped back to the source.
#pragma once

#include <tree_sitter/api.h>

#include <vector>

#include "core/mapped_text.h"
#include "core/source.h"
#include "syntax/instruction_pieces.h"

namespace distill::syntax {

// The logical text of `instruction` from byte `from` (usually the end of the keyword) to the end of its line;
// `removed` are the instruction's pieces the logical line leaves out (collect_pieces).
core::MappedText logical_text(const core::SourceText& source, TSNode instruction, uint32_t from,
                              std::vector<InstructionPieces::Removed> removed);

// The blank lines that the line continuations among `removed` swallowed, each without its line terminator.
// BuildKit leaves them out of the logical line too, but warns about them (NoEmptyContinuation).
std::vector<core::ByteRange> empty_continuation_lines(const core::SourceText& source,
                                                      const std::vector<InstructionPieces::Removed>& removed);

}  // namespace distill::syntax
