// One walk over an instruction's subtree collects everything the model builder needs from it (comment lines,
// what the logical line leaves out, heredoc markers and bodies), instead of one walk per question.
#pragma once

#include <tree_sitter/api.h>

#include <vector>

#include "core/source.h"

namespace distill::syntax {

struct InstructionPieces {
  // Comment nodes, not those of an instruction nested in this one (ONBUILD's trigger owns its own).
  std::vector<TSNode> comments;
  // Line continuations, comments and heredoc blocks anywhere below (nested instructions included): the
  // logical line leaves them out. `comment` marks the comment lines, whose indentation goes with them;
  // `continuation` the line continuations, which also hold the blank lines that follow them.
  struct Removed {
    core::ByteRange range;
    bool comment = false;
    bool continuation = false;
  };
  std::vector<Removed> removed;
  // Heredoc markers and blocks of this instruction (not of a nested one), in source order.
  std::vector<TSNode> heredoc_markers;
  std::vector<TSNode> heredoc_blocks;
};

InstructionPieces collect_pieces(TSNode instruction);

}  // namespace distill::syntax
