// BuildKit's dump is produced from our grammar's logical lines run through BuildKit's splitting rules, so it
// checks the grammar (continuations, comments, directives) against BuildKit's own test results.
#include "syntax/buildkit/parser.h"
#include "syntax/printers.h"

namespace distill::syntax {

std::string to_buildkit_dump(const Dockerfile& file) {
  std::string out;
  for (const Instruction* in : file.all_instructions()) {
    auto node = buildkit::parse_instruction(in->keyword, in->logical.text(), file.escape);
    if (node) out += "(" + buildkit::dump(node.value()) + ")\n";
  }
  return out;
}

}  // namespace distill::syntax
