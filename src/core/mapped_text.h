// Text assembled from pieces of a source file (line continuations and comment lines removed) that remembers,
// for each byte, where it came from, so anything found in the assembled text can be reported in the source.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/source.h"

namespace distill::core {

class MappedText {
 public:
  MappedText() = default;

  // Appends source bytes [begin, end) taken verbatim from `source`.
  void append_source(std::string_view source, uint32_t begin, uint32_t end);
  // Appends bytes that do not exist in the source (e.g. a joining newline); they map to `at`.
  void append_synthetic(std::string_view text, uint32_t at);
  // Closes the mapping: the end of the text maps to `source_end`.
  void finish(uint32_t source_end) { end_offset_ = source_end; }

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }
  // The source offset of text byte i (i == size() gives the end).
  uint32_t source_offset(uint32_t i) const { return i < offsets_.size() ? offsets_[i] : end_offset_; }
  // The source range covering text bytes [begin, end).
  ByteRange to_source(uint32_t begin, uint32_t end) const;
  // A sub-range [begin, end) of this text, still mapped to the source.
  MappedText slice(uint32_t begin, uint32_t end) const;

 private:
  std::string text_;
  std::vector<uint32_t> offsets_;
  uint32_t end_offset_ = 0;
};

}  // namespace distill::core
