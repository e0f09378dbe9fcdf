// Parses one logical instruction line into a Node, as BuildKit's newNodeFromLine does.
#pragma once

#include <string_view>

#include "core/result.h"
#include "syntax/buildkit/node.h"

namespace distill::syntax::buildkit {

// `keyword` as written, `rest` the logical text after it (continuations already joined), `escape` the active
// escape character. Extracts flags and dispatches on the keyword; unknown keywords are accepted.
core::Result<Node> parse_instruction(std::string_view keyword, std::string_view rest, char escape);

// The same from a whole logical line (keyword included), which is what BuildKit itself receives.
core::Result<Node> parse_instruction_line(std::string_view line, char escape);

// Whether BuildKit's dispatch table has this (lower-case) keyword; others parse but are rejected later.
bool is_known_instruction(std::string_view lower_keyword);

}  // namespace distill::syntax::buildkit
