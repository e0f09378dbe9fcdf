// BuildKit's ProcessWord / ProcessWords: quote removal, escapes and ${...} expansion for Dockerfile
// instructions.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace distill::syntax::variables {

// Looks a variable up; std::nullopt when it is not set (set-but-empty is an empty string).
using Lookup = std::function<std::optional<std::string>(std::string_view name)>;

struct Expansion {
  std::string value;  // the processed word
  std::vector<std::string>
      referenced;  // every variable name the word referred to, in source order, once each
  std::vector<std::string>
      unset;  // referenced names that were not set, used where no operator handles
              // "unset" (plain $a / ${a}, #, %, /); `-`, `+` and `?` forms are not listed
};

// Errors carry the message BuildKit gives and, in Error::column, the 1-based byte offset in `word` of the
// construct at fault (the `$` of a reference, or an opening quote). Error::line is 0: the caller knows where
// the word sits in the file. `escape` is the Dockerfile escape character, `\` or `` ` ``.
core::Result<Expansion> expand_word(std::string_view word, const Lookup& lookup, char escape = '\\');
// BuildKit's expansion of COPY/ADD heredoc bodies (ExpandRaw): quotes are ordinary characters that neither
// stop nor protect `$`, and the escape character is always `\`.
core::Result<Expansion> expand_raw(std::string_view text, const Lookup& lookup);
core::Result<std::vector<std::string>> expand_words(std::string_view text, const Lookup& lookup,
                                                    char escape = '\\');

}  // namespace distill::syntax::variables
