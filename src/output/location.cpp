// Positions for output formats, including the inclusive "last character" position that GNU-style ranges use.
#include "output/location.h"

#include <fmt/format.h>

#include <algorithm>

namespace distill::output {

Span span_of(const core::SourceText* source, core::ByteRange range) {
  if (source == nullptr) return Span{};
  // A range reaching past the text (a stale finding, an edit at EOF) is clamped rather than trusted.
  range.end = std::min(range.end, source->size());
  range.begin = std::min(range.begin, range.end);
  Span span{source->position(range.begin), source->position(range.end), {}};
  span.last = span.begin;
  if (!range.empty()) {
    // Step back over UTF-8 continuation bytes so `last` names the lead byte of the final character.
    std::string_view text = source->text();
    uint32_t last = range.end - 1;
    while (last > range.begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    span.last = source->position(last);
  }
  return span;
}

std::string location_prefix(const core::Error& error) {
  if (error.path.empty()) return {};
  if (error.line == 0) return error.path;
  if (error.column == 0) return fmt::format("{}:{}", error.path, error.line);
  return fmt::format("{}:{}:{}", error.path, error.line, error.column);
}

std::string_view first_line_text(const core::SourceText* source, core::ByteRange range) {
  if (source == nullptr) return {};
  std::string_view line = source->line_text(source->position(range.begin).line);
  const auto blank = std::string_view(" \t\r");
  auto first = line.find_first_not_of(blank);
  if (first == std::string_view::npos) return {};
  auto last = line.find_last_not_of(blank);
  return line.substr(first, last - first + 1);
}

}  // namespace distill::output
