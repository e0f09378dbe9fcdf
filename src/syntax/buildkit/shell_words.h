// The subset of BuildKit's shell lexer (shell.Lex.ProcessWords with no variables set) that heredoc detection
// uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace distill::syntax::buildkit {

struct ShellWordOptions {
  bool raw_quotes = false;   // keep quote characters in the words
  bool raw_escapes = false;  // keep backslashes in the words
};

// Splits `input` into words like BuildKit's lexer with escape '\\', SkipUnsetEnv and an empty environment
// (so `$X` and `${X:-y}` stay as written). `<<` keeps the blanks after it in the same word. Errors carry
// BuildKit's message ("failed to process ...: unexpected end of statement ...").
core::Result<std::vector<std::string>> shell_words(std::string_view input, ShellWordOptions options);

}  // namespace distill::syntax::buildkit
