// Prints nodes as BuildKit's Node.Dump() does, the S-expressions its parser tests compare against.
#include "syntax/buildkit/dump.h"

#include "syntax/buildkit/go_quote.h"
#include "syntax/buildkit/go_unicode.h"

namespace distill::syntax::buildkit {

namespace {

// BuildKit's Dump of a node holding children: each child parenthesised and followed by a newline, then
// the whole trimmed; used for the AST root and for ONBUILD's wrapper node.
std::string dump_children(const std::vector<Node>& children) {
  std::string out;
  for (const Node& child : children) out += "(" + dump(child) + ")\n";
  return std::string(trim_space(out));
}

}  // namespace

std::string dump(const Node& instruction) {
  std::string out = go_to_lower(instruction.value);
  if (!instruction.flags.empty()) out += " " + go_quote_list(instruction.flags);
  if (!instruction.children.empty()) out += " " + dump_children(instruction.children);
  for (const Node& n : instruction.next) out += " " + go_quote(n.value);
  return std::string(trim_space(out));
}

std::string dump_ast(const std::vector<Node>& instructions) {
  return dump_children(instructions);
}

}  // namespace distill::syntax::buildkit
