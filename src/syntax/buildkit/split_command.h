// Splits an instruction line into keyword, `--flags` and the argument text, as BuildKit's splitCommand does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::buildkit {

struct SplitCommand {
  std::string keyword;  // lower-cased (Unicode-aware, as Go's strings.ToLower)
  std::vector<std::string> flags;
  std::string args;  // whitespace-trimmed text after the flags
};

SplitCommand split_command(std::string_view line);

// extractBuilderFlags: leading words that start with "--", byte by byte. Quirks kept on purpose: the escape
// is always a backslash, bytes >= 0x80 are taken as Latin-1 code points (so UTF-8 text is re-encoded), and
// bytes 0x85 and 0xA0 count as whitespace. A lone "--" ends the flags and is dropped.
void extract_builder_flags(std::string_view line, std::vector<std::string>& flags, std::string& rest);

}  // namespace distill::syntax::buildkit
