// BuildKit's per-instruction argument parsers (line_parsers.go), each turning argument text into Next nodes.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "syntax/buildkit/node.h"

namespace distill::syntax::buildkit {

// What a line parser hands back: the argument chain (or ONBUILD's nested instruction) and the JSON attribute.
struct LineParse {
  std::vector<Node> next;
  std::vector<Node> children;
  bool json_form = false;
};

using LineParser = core::Result<LineParse> (*)(std::string_view rest, char escape);

core::Result<LineParse> parse_ignore(std::string_view rest, char escape);
core::Result<LineParse> parse_sub_command(std::string_view rest, char escape);  // ONBUILD
core::Result<LineParse> parse_env(std::string_view rest, char escape);
core::Result<LineParse> parse_label(std::string_view rest, char escape);
core::Result<LineParse> parse_name_or_name_val(std::string_view rest, char escape);  // ARG
core::Result<LineParse> parse_strings_whitespace_delimited(std::string_view rest, char escape);
core::Result<LineParse> parse_string(std::string_view rest, char escape);
core::Result<LineParse> parse_maybe_json(std::string_view rest, char escape);
core::Result<LineParse> parse_maybe_json_to_list(std::string_view rest, char escape);
core::Result<LineParse> parse_health_config(std::string_view rest, char escape);

// The dispatch table: the parser for a lower-case keyword, or nullptr for an instruction BuildKit does not
// know (its parser keeps those, with one empty argument; the instruction layer rejects them later).
LineParser line_parser_for(std::string_view lower_keyword);

}  // namespace distill::syntax::buildkit
