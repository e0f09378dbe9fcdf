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
inline std::vector<TSNode> children(TSNode node) {
  std::vector<TSNode> out;
  uint32_t n = ts_node_child_count(node);
  out.reserve(n);
  for (uint32_t i = 0; i < n; ++i) out.push_back(ts_node_child(node, i));
  return out;
}
inline bool is_instruction_type(std::string_view type) {
  return type.size() > 12 && type.substr(type.size() - 12) == "_instruction";
}

// Calls f(node) for every descendant of `node` (not `node` itself) in source order; f returns false to skip
// the descendant's own subtree.
template <typename F>
void for_each_descendant(TSNode node, F&& f) {
  uint32_t n = ts_node_child_count(node);
  for (uint32_t i = 0; i < n; ++i) {
    TSNode child = ts_node_child(node, i);
    if (f(child)) for_each_descendant(child, f);
  }
}

}  // namespace distill::syntax
