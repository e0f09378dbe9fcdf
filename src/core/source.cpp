// Line index over a Dockerfile's bytes; columns are computed on demand because most offsets are never shown.
#include "core/source.h"

#include <algorithm>

namespace distill::core {
namespace {

// UTF-16 code units taken by the UTF-8 sequence that starts with `lead` (invalid bytes count as one).
uint32_t utf16_units(unsigned char lead) {
  return lead >= 0xF0 && lead <= 0xF4 ? 2 : 1;
}
bool is_continuation_byte(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

SourceText::SourceText(std::string path, std::string bytes)
    : path_(std::move(path)), bytes_(std::move(bytes)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < bytes_.size(); ++i) {
    if (bytes_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Position SourceText::position(uint32_t offset) const {
  offset = std::min(offset, size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  uint32_t start = line_starts_[line_index];
  uint32_t utf16 = 0;
  for (uint32_t i = start; i < offset; ++i) {
    auto c = static_cast<unsigned char>(bytes_[i]);
    if (!is_continuation_byte(c)) utf16 += utf16_units(c);
  }
  return Position{line_index + 1, offset - start + 1, utf16 + 1};
}

std::string_view SourceText::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : size();
  std::string_view text = std::string_view(bytes_).substr(begin, end - begin);
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

uint32_t SourceText::offset_from_utf16(uint32_t line, uint32_t utf16_column) const {
  if (line == 0) return 0;
  if (line > line_starts_.size()) return size();
  uint32_t offset = line_starts_[line - 1];
  std::string_view text = line_text(line);
  uint32_t end = offset + static_cast<uint32_t>(text.size());
  uint32_t units = 1;
  while (offset < end && units < utf16_column) {
    auto c = static_cast<unsigned char>(bytes_[offset]);
    units += utf16_units(c);
    ++offset;
    while (offset < end && is_continuation_byte(static_cast<unsigned char>(bytes_[offset]))) ++offset;
  }
  return offset;
}

}  // namespace distill::core
