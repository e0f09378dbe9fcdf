// Parses one logical instruction line into a Node, as BuildKit's newNodeFromLine does.
#include "syntax/buildkit/instruction.h"

#include <string>
#include <utility>

#include "syntax/buildkit/line_parsers.h"
#include "syntax/buildkit/split_command.h"

namespace distill::syntax::buildkit {

core::Result<Node> parse_instruction_line(std::string_view line, char escape) {
  SplitCommand cmd = split_command(line);
  LineParser parser = line_parser_for(cmd.keyword);
  if (parser == nullptr) parser = parse_ignore;
  core::Result<LineParse> parsed = parser(cmd.args, escape);
  if (!parsed) return parsed.error();
  Node node;
  node.value = std::move(cmd.keyword);
  node.flags = std::move(cmd.flags);
  node.next = std::move(parsed->next);
  node.children = std::move(parsed->children);
  node.json_form = parsed->json_form;
  node.original = std::string(line);
  return node;
}

core::Result<Node> parse_instruction(std::string_view keyword, std::string_view rest, char escape) {
  std::string line(keyword);
  if (!rest.empty()) {
    line += ' ';
    line += rest;
  }
  return parse_instruction_line(line, escape);
}

bool is_known_instruction(std::string_view lower_keyword) {
  return line_parser_for(lower_keyword) != nullptr;
}

}  // namespace distill::syntax::buildkit
