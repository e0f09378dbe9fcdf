// Decides whether bytes can be a Dockerfile before any parsing, so binary files and broken encodings get
// one clear located message instead of a tree full of errors.
#include <fmt/format.h>

#include "syntax/parser.h"

namespace distill::syntax {
namespace {

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid (overlongs and surrogates included).
size_t utf8_sequence_length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char c1 = byte(i + 1);
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
      (c == 0xF4 && c1 > 0x8F)) {
    return 0;
  }
  return n;
}

core::Error located(const core::SourceText& source, uint32_t offset, std::string message) {
  auto p = source.position(offset);
  return core::Error{std::move(message), source.path(), p.line, p.column};
}

}  // namespace

core::Result<bool> check_text(const core::SourceText& source) {
  std::string_view text = source.text();
  if (text.size() > kMaxFileBytes) {
    return core::Error{fmt::format("file is too large to be a Dockerfile ({} bytes; the limit is {} MiB)",
                                   text.size(), kMaxFileBytes >> 20),
                       source.path()};
  }
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '\0') return located(source, static_cast<uint32_t>(i), "binary file (NUL byte)");
    size_t n = utf8_sequence_length(text, i);
    if (n == 0) return located(source, static_cast<uint32_t>(i), "invalid UTF-8");
    i += n;
  }
  return true;
}

}  // namespace distill::syntax
