// A lookup-free scan for variable references, so linters can point at `${FOO:-bar}` exactly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::variables {

struct Reference {
  std::string name;  // "FOO", or BuildKit's positional/special names such as "1" or "@"
  std::string
      op;  // "" for $FOO / ${FOO}; else ":-", "-", ":+", "+", ":?", "?", "#", "##", "%", "%%", "/", "//"
  std::string
      word;  // the operator's operand as written (unexpanded); for "/" and "//" it is "pattern/replacement"
  uint32_t begin = 0;  // byte range [begin, end) of the whole reference in the scanned text
  uint32_t end = 0;
};

// Every well-formed reference outside single quotes and not escaped, nested ones included, ordered by
// `begin`. Scanning stops at the first syntax error; references completed before it are still returned.
// With quotes_literal, quotes are ordinary characters, as in expand_raw.
std::vector<Reference> find_references(std::string_view text, char escape = '\\',
                                       bool quotes_literal = false);

}  // namespace distill::syntax::variables
