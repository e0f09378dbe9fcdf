// Go's strconv.Quote and fmt's %q of a []string, the two encodings BuildKit's Node.Dump prints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::buildkit {

// strconv.Quote: printable runes as is; \a \b \f \n \r \t \v \\ \" escaped; other runes as \xHH, \uHHHH or
// \UHHHHHHHH; each byte of invalid UTF-8 as \xHH.
std::string go_quote(std::string_view s);

// fmt.Sprintf("%q", []string{...}): `["a" "b"]`.
std::string go_quote_list(const std::vector<std::string>& items);

}  // namespace distill::syntax::buildkit
