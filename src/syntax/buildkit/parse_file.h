// Parses a whole Dockerfile as BuildKit's parser.Parse does: directives, comments, continuations, heredocs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "syntax/buildkit/node.h"

namespace distill::syntax::buildkit {

struct ParseResult {
  std::vector<Node> instructions;
  std::vector<std::string> warnings;  // BuildKit's warning texts ("Empty continuation line found in: ...")
  char escape = '\\';
};

// Errors are BuildKit's messages with the 1-based line where the failing statement starts.
core::Result<ParseResult> parse_file(std::string_view bytes);

// BuildKit reads lines with a bufio.Scanner; a line longer than this fails the whole file.
inline constexpr std::size_t max_line_length = 65535;

}  // namespace distill::syntax::buildkit
