// Recognises parser directives (`# syntax=`, `# escape=`, `# check=`) with BuildKit's section rules.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/result.h"

namespace distill::syntax::buildkit {

struct Directive {
  std::string name;   // lower-case
  std::string value;  // trimmed
  uint32_t line = 0;  // 1-based
};

// Directives are only looked for until the first line that is not one (a blank line, an instruction, or
// any other comment ends the section); a repeated directive is an error.
class DirectiveParser {
 public:
  // One physical line, newline already removed (and, for the first line of a statement, leading space).
  core::Result<std::optional<Directive>> parse_line(std::string_view line);
  bool done() const { return done_; }

 private:
  uint32_t line_ = 0;
  bool done_ = false;
  std::set<std::string> seen_;
};

}  // namespace distill::syntax::buildkit
