// The parse tree BuildKit's Dockerfile parser produces (parser.Node and parser.Heredoc), as plain data.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace distill::syntax::buildkit {

struct Heredoc {
  std::string name;     // the terminator word, quotes removed
  std::string content;  // raw lines up to the terminator, line endings kept, tabs NOT stripped (see chomp)
  bool expand = true;   // false when any part of the word was quoted
  bool chomp =
      false;  // `<<-`: leading tabs are ignored on the terminator line and stripped from content later
  uint64_t file_descriptor = 0;  // the `3` of `3<<EOF`
};

struct Node {
  std::string value;               // lower-case keyword for an instruction; the text for an argument node
  std::vector<std::string> flags;  // e.g. "--from=x", as extracted by BuildKit
  std::vector<Node> next;          // BuildKit's Next chain (the arguments), flattened
  std::vector<Node> children;      // ONBUILD's nested instruction (BuildKit keeps it under Next.Children)
  std::vector<Heredoc> heredocs;
  std::string original;                   // the logical line, continuations joined
  bool json_form = false;                 // attrs["json"]
  uint32_t start_line = 0, end_line = 0;  // 1-based; 0 for ONBUILD's nested instruction, as in BuildKit
};

}  // namespace distill::syntax::buildkit
