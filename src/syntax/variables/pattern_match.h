// Leftmost-first matching of a ShellPattern, with Go regexp semantics, in O(text × pattern) time.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "syntax/variables/shell_pattern.h"

namespace distill::syntax::variables {

struct MatchSpan {
  size_t begin = 0;  // byte offsets into the searched text
  size_t end = 0;
};

// The match Go's regexp would report: the leftmost start (only `from` when anchored), and among matches
// there, the one the greedy/lazy preference picks first.
std::optional<MatchSpan> find_match(const ShellPattern& pattern, std::string_view text, size_t from,
                                    bool anchored);

// Go's Regexp.ReplaceAllString: every non-overlapping match replaced, `replacement` read as a Go template
// ($0 / ${0} is the match, $$ a dollar, any other $name empty).
std::string replace_all_matches(const ShellPattern& pattern, std::string_view text,
                                std::string_view replacement);

}  // namespace distill::syntax::variables
