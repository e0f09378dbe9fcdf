// The bytes of one Dockerfile plus a line index, so every byte offset can be shown as line:column
// (UTF-8 byte columns for humans and SARIF, UTF-16 code-unit columns for LSP).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace distill::core {

// A 1-based line and column; column counts bytes (UTF-8), utf16_column counts UTF-16 code units.
struct Position {
  uint32_t line = 1;
  uint32_t column = 1;
  uint32_t utf16_column = 1;
  bool operator==(const Position&) const = default;
};

// A half-open byte range [begin, end) into a SourceText.
struct ByteRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  bool contains(uint32_t offset) const { return begin <= offset && offset < end; }
  bool operator==(const ByteRange&) const = default;
};

class SourceText {
 public:
  SourceText(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  std::string_view text() const { return bytes_; }
  std::string_view slice(ByteRange r) const { return std::string_view(bytes_).substr(r.begin, r.size()); }
  uint32_t size() const { return static_cast<uint32_t>(bytes_.size()); }
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

  // Position of a byte offset (clamped to the end of the text).
  Position position(uint32_t offset) const;
  // Byte offset of a 1-based line and UTF-16 column (as LSP sends), clamped to the line.
  uint32_t offset_from_utf16(uint32_t line, uint32_t utf16_column) const;
  // The bytes of a 1-based line, without its line terminator.
  std::string_view line_text(uint32_t line) const;

 private:
  std::string path_;
  std::string bytes_;
  std::vector<uint32_t> line_starts_;  // byte offset where each line begins
};

}  // namespace distill::core
