// One shell word as rules need it: the text as written, its value when the shell would not change it, and
// where it sits in the Dockerfile.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapped_text.h"
#include "core/source.h"

namespace distill::syntax::shell {

struct Word {
  std::string raw;                     // as written in the script (quotes, escapes and `$` kept)
  std::optional<std::string> literal;  // the value when statically known: quotes removed, escapes resolved;
                                       // nullopt when it contains $x, ${x}, $(…), `…`, $((…)), ~ or {1..3}
  core::ByteRange source;                 // in the Dockerfile
  core::ByteRange script;                 // in the script text that was parsed
  bool has_expansion = false;             // any parameter, arithmetic, tilde, brace or command expansion
  bool has_command_substitution = false;  // $(…), `…`, <(…), >(…)
  bool is_quoted = false;                 // some part is in '…', "…", $'…' or $"…"
  bool has_glob = false;  // unquoted * ? [ — kept in `literal`, because the build context rarely
                          // matches them and rules must see "pkg=1.*" as written
  // For each byte of `literal`, the Dockerfile offset of the byte that spells it (the escaped character for
  // \x, the backslash for $'\n'), plus one entry for the end; used to re-parse a string argument
  // (sh -c '…') with exact positions. Empty when `literal` is nullopt.
  std::vector<uint32_t> literal_offsets;

  // The literal value, or the raw text when it is not statically known — for comparisons that tolerate both.
  const std::string& value() const { return literal ? *literal : raw; }
  bool is(std::string_view text) const { return literal && *literal == text; }
  // The literal as text mapped to the Dockerfile; nullopt when the value is not statically known.
  std::optional<core::MappedText> mapped_literal() const;
};

}  // namespace distill::syntax::shell
