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
  uint32_t source_offset(uint32_t i) const;
  // The source range covering text bytes [begin, end).
  ByteRange to_source(uint32_t begin, uint32_t end) const;
  // A sub-range [begin, end) of this text, still mapped to the source.
  MappedText slice(uint32_t begin, uint32_t end) const;

 private:
  // A run of text bytes that maps to the source in one piece: source bytes taken verbatim (byte k of the run
  // comes from source_begin + k), or synthetic bytes that all map to source_begin. Runs rather than one
  // offset per byte: building the model appends every instruction's text, and a per-byte table cost more than
  // the parse (one allocation per growth, four bytes per byte).
  struct Run {
    uint32_t text_begin;
    uint32_t source_begin;
    bool synthetic;
  };
  void add_run(uint32_t text_begin, uint32_t source_begin, bool synthetic);

  std::string text_;
  std::vector<Run> runs_;  // ordered by text_begin; the text of run k ends where run k+1 begins
  uint32_t end_offset_ = 0;
};

}  // namespace distill::core
