// Each node is classified by its symbol through a table built once from the grammar's symbol names, so the
// walk compares small integers rather than strings.
#include "syntax/instruction_pieces.h"

#include <cstdint>
#include <string_view>

#include "syntax/parser.h"
#include "syntax/ts_node.h"

namespace distill::syntax {
namespace {

enum Kind : uint8_t { kOther, kComment, kContinuation, kHeredocBlock, kHeredocMarker, kInstruction };

const std::vector<uint8_t>& kinds() {
  static const std::vector<uint8_t> table = [] {
    const TSLanguage* language = tree_sitter_dockerfile();
    uint32_t count = ts_language_symbol_count(language);
    std::vector<uint8_t> out(count, kOther);
    for (uint32_t symbol = 0; symbol < count; ++symbol) {
      std::string_view name = ts_language_symbol_name(language, static_cast<TSSymbol>(symbol));
      if (name == "comment") out[symbol] = kComment;
      if (name == "line_continuation") out[symbol] = kContinuation;
      if (name == "heredoc_block") out[symbol] = kHeredocBlock;
      if (name == "heredoc_marker") out[symbol] = kHeredocMarker;
      if (is_instruction_type(name)) out[symbol] = kInstruction;
    }
    return out;
  }();
  return table;
}

// Which of the three questions still apply below a node (each has its own rule for what it skips).
enum Walk : uint8_t { kComments = 1, kLogical = 2, kHeredocs = 4 };

}  // namespace

InstructionPieces collect_pieces(TSNode instruction) {
  const std::vector<uint8_t>& kind_of = kinds();
  InstructionPieces out;
  TSTreeCursor cursor = ts_tree_cursor_new(instruction);
  // walks[d] is what applies to the nodes at depth d + 1.
  std::vector<uint8_t> walks;
  if (ts_tree_cursor_goto_first_child(&cursor)) walks.push_back(kComments | kLogical | kHeredocs);
  while (!walks.empty()) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    TSSymbol symbol = ts_node_symbol(node);
    uint8_t kind = symbol < kind_of.size() ? kind_of[symbol] : uint8_t{kOther};
    uint8_t active = walks.back();
    uint8_t below = 0;
    if (active & kComments) {
      if (kind == kComment) out.comments.push_back(node);
      if (kind != kInstruction) below |= kComments;
    }
    if (active & kLogical) {
      if (kind == kContinuation || kind == kComment || kind == kHeredocBlock) {
        out.removed.push_back({node_range(node), kind == kComment, kind == kContinuation});
      } else {
        below |= kLogical;
      }
    }
    if (active & kHeredocs) {
      if (kind == kHeredocMarker) {
        out.heredoc_markers.push_back(node);
      } else if (kind == kHeredocBlock) {
        out.heredoc_blocks.push_back(node);
      } else if (kind != kInstruction) {
        below |= kHeredocs;
      }
    }
    if (below != 0 && ts_tree_cursor_goto_first_child(&cursor)) {
      walks.push_back(below);
      continue;
    }
    while (!walks.empty() && !ts_tree_cursor_goto_next_sibling(&cursor)) {
      ts_tree_cursor_goto_parent(&cursor);
      walks.pop_back();
    }
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

}  // namespace distill::syntax
