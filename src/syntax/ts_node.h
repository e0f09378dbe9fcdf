// Small helpers over tree-sitter's C node API, so the model builder reads like the grammar it walks.
#pragma once

#include <tree_sitter/api.h>

#include <string_view>
#include <vector>

#include "core/source.h"

namespace distill::syntax {

inline std::string_view node_type(TSNode node) {
  return ts_node_type(node);
}
inline core::ByteRange node_range(TSNode node) {
  return {ts_node_start_byte(node), ts_node_end_byte(node)};
}
inline TSNode child_by_field(TSNode node, std::string_view field) {
  return ts_node_child_by_field_name(node, field.data(), static_cast<uint32_t>(field.size()));
}
// Through a cursor: ts_node_child(node, i) walks the children from the start each time, so indexing every
// child is quadratic in the number of children.
inline std::vector<TSNode> children(TSNode node) {
  std::vector<TSNode> out;
  out.reserve(ts_node_child_count(node));
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do out.push_back(ts_tree_cursor_current_node(&cursor));
    while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}
inline bool is_instruction_type(std::string_view type) {
  return type.size() > 12 && type.substr(type.size() - 12) == "_instruction";
}

// Calls f(node) for every descendant of `node` (not `node` itself) in source order; f returns false to skip
// the descendant's own subtree. A cursor walk: each node is reached in constant time.
template <typename F>
void for_each_descendant(TSNode node, F&& f) {
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  uint32_t depth = ts_tree_cursor_goto_first_child(&cursor) ? 1 : 0;
  while (depth > 0) {
    if (f(ts_tree_cursor_current_node(&cursor)) && ts_tree_cursor_goto_first_child(&cursor)) {
      ++depth;
      continue;
    }
    while (depth > 0 && !ts_tree_cursor_goto_next_sibling(&cursor)) {
      ts_tree_cursor_goto_parent(&cursor);
      --depth;
    }
  }
  ts_tree_cursor_delete(&cursor);
}

}  // namespace distill::syntax
