// Child iteration over tree-sitter nodes with a cursor: ts_node_child(i) is linear in i, which would make a
// 1 MB script with thousands of statements quadratic.
#pragma once

#include <tree_sitter/api.h>

#include <string_view>
#include <vector>

#include "core/source.h"

namespace distill::syntax::shell {

struct Child {
  TSNode node;
  std::string_view field;  // empty when the child has no field name
  std::string_view type() const { return ts_node_type(node); }
  bool named() const { return ts_node_is_named(node); }
};

inline std::vector<Child> children_of(TSNode node) {
  std::vector<Child> out;
  out.reserve(ts_node_child_count(node));  // one allocation instead of one per doubling
  TSTreeCursor cursor = ts_tree_cursor_new(node);
  if (ts_tree_cursor_goto_first_child(&cursor)) {
    do {
      const char* field = ts_tree_cursor_current_field_name(&cursor);
      out.push_back(
          {ts_tree_cursor_current_node(&cursor), field ? std::string_view(field) : std::string_view()});
    } while (ts_tree_cursor_goto_next_sibling(&cursor));
  }
  ts_tree_cursor_delete(&cursor);
  return out;
}

inline std::string_view type_of(TSNode node) {
  return ts_node_type(node);
}
inline core::ByteRange range_of(TSNode node) {
  return {ts_node_start_byte(node), ts_node_end_byte(node)};
}

}  // namespace distill::syntax::shell
