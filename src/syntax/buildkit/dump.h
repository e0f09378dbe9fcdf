// Prints nodes as BuildKit's Node.Dump() does, the S-expressions its parser tests compare against.
#pragma once

#include <string>
#include <vector>

#include "syntax/buildkit/node.h"

namespace distill::syntax::buildkit {

// Node.Dump() of one instruction: `copy ["--from=x"] "a" "b"`, ONBUILD as `onbuild (run "x")`.
std::string dump(const Node& instruction);

// result.AST.Dump() of a whole file: each instruction in parentheses, one per line, no trailing newline.
std::string dump_ast(const std::vector<Node>& instructions);

}  // namespace distill::syntax::buildkit
