// Prints the tree the way tree-sitter's CLI does, so grammar tests and bug reports read the same.
#include <tree_sitter/api.h>

#include <fmt/format.h>

#include "syntax/printers.h"

namespace distill::syntax {
namespace {

void print_node(TSTreeCursor* cursor, int depth, std::string& out) {
  TSNode node = ts_tree_cursor_current_node(cursor);
  if (!ts_node_is_named(node) && !ts_node_is_missing(node)) return;
  TSPoint start = ts_node_start_point(node);
  TSPoint end = ts_node_end_point(node);
  if (!out.empty()) out += '\n';
  out.append(static_cast<size_t>(depth) * 2, ' ');
  if (const char* field = ts_tree_cursor_current_field_name(cursor)) out += fmt::format("{}: ", field);
  out += fmt::format("({}{} [{}, {}] - [{}, {}]", ts_node_is_missing(node) ? "MISSING " : "",
                     ts_node_type(node), start.row, start.column, end.row, end.column);
  if (ts_tree_cursor_goto_first_child(cursor)) {
    do {
      print_node(cursor, depth + 1, out);
    } while (ts_tree_cursor_goto_next_sibling(cursor));
    ts_tree_cursor_goto_parent(cursor);
  }
  out += ')';
}

}  // namespace

std::string to_sexp(const Dockerfile& file) {
  std::string out;
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(file.tree()));
  print_node(&cursor, 0, out);
  ts_tree_cursor_delete(&cursor);
  return out + "\n";
}

}  // namespace distill::syntax
