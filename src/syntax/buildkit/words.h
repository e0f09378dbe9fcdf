// The word splitters BuildKit's line parsers share: quote-aware words, and splitting on ASCII whitespace
// runs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::buildkit {

// parseWords: splits on Unicode whitespace outside quotes, keeps quotes and escapes in the words, drops a
// trailing escape, and re-encodes invalid UTF-8 as U+FFFD (as Go's rune loop does).
std::vector<std::string> parse_words(std::string_view rest, char escape);

// regexp `[\t\v\f\r ]+`.Split(s, limit) with Go's semantics (limit < 0: all; "" gives one empty field;
// leading/trailing runs give empty fields).
std::vector<std::string> split_whitespace(std::string_view s, int limit);

}  // namespace distill::syntax::buildkit
