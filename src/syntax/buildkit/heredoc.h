// Finds heredoc markers (`<<EOF`, `<<-'EOF'`, `3<<EOF`) on an instruction line the way BuildKit does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "syntax/buildkit/node.h"

namespace distill::syntax::buildkit {

// ParseHeredoc: one lexed word matching `^(\d*)<<(-?)\s*([^<]*)$` whose tail is a single shell word. The
// name is that word unquoted; expand is false when any part of it was quoted. No match gives nullopt; a
// tail that does not lex (an unbalanced quote) is an error.
core::Result<std::optional<Heredoc>> parse_heredoc(std::string_view word);

// heredocsFromLine: lexes the whole line (quotes and escapes kept, variables untouched) and collects every
// word that is a heredoc marker, in order. A line that does not lex has no heredocs.
core::Result<std::vector<Heredoc>> heredocs_from_line(std::string_view line);

// ChompHeredocContent: what `<<-` does to the content, which BuildKit applies after parsing.
std::string chomp_heredoc_content(std::string_view content);

}  // namespace distill::syntax::buildkit
