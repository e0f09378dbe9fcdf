// Renders the source excerpt under a tty finding; columns are display columns so the carets line up.
#include "output/code_frame.h"

#include <fmt/format.h>

#include <algorithm>

#include "output/location.h"

namespace distill::output {
namespace {

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

unsigned display_column(std::string_view line, size_t byte_offset) {
  unsigned column = 0;
  byte_offset = std::min(byte_offset, line.size());
  for (size_t i = 0; i < byte_offset; ++i) {
    if (line[i] == '\t') {
      column += kTabWidth - column % kTabWidth;
    } else if (!is_continuation_byte(line[i])) {
      ++column;
    }
  }
  return column;
}

std::string expand_tabs(std::string_view line) {
  std::string out;
  unsigned column = 0;
  for (char c : line) {
    if (c == '\t') {
      unsigned width = kTabWidth - column % kTabWidth;
      out.append(width, ' ');
      column += width;
    } else {
      out += c;
      if (!is_continuation_byte(c)) ++column;
    }
  }
  return out;
}

std::string code_frame(const core::SourceText& source, core::ByteRange range, const FrameColors& colors) {
  Span span = span_of(&source, range);
  uint32_t line_number = span.begin.line;
  std::string_view line = source.line_text(line_number);
  // A range ending with its line's newline is still a one-line range: `last` sits on that newline.
  bool multi_line = span.last.line > line_number;

  size_t begin_byte = span.begin.column - 1;
  size_t end_byte = multi_line ? line.size() : std::max<size_t>(begin_byte, span.end.column - 1);
  if (span.end.line != line_number) end_byte = line.size();
  unsigned begin_column = display_column(line, begin_byte);
  unsigned end_column = display_column(line, end_byte);
  // Ranges that sit past the visible text (the line terminator, an empty line) still get one caret.
  if (end_byte > line.size()) end_column += static_cast<unsigned>(end_byte - line.size());
  unsigned width = std::max(1u, end_column - std::min(end_column, begin_column));

  std::string number = std::to_string(line_number);
  std::string pad(number.size(), ' ');
  std::string out;
  out += fmt::format("{}{} |{}\n", colors.gutter, pad, colors.reset);
  std::string shown = expand_tabs(line);
  out += fmt::format("{}{} |{}{}{}\n", colors.gutter, number, colors.reset, shown.empty() ? "" : " ", shown);
  out += fmt::format("{}{} |{} {}{}{}{}\n", colors.gutter, pad, colors.reset, std::string(begin_column, ' '),
                     colors.mark, std::string(width, '^'), colors.reset);
  if (multi_line) out += fmt::format("{}{} |{} ...\n", colors.gutter, pad, colors.reset);
  return out;
}

}  // namespace distill::output
