// The tty format shows each finding in context: the source line under a line-number gutter, with the exact
// range underlined. Kept apart from the tty formatter because the column arithmetic (tabs, UTF-8) is the
// part worth testing on its own.
#pragma once

#include <string>
#include <string_view>

#include "core/source.h"

namespace distill::output {

// ANSI sequences to wrap the gutter and the underline in; empty strings for plain text.
struct FrameColors {
  std::string_view gutter;
  std::string_view mark;
  std::string_view reset;
};

// Tabs advance to the next multiple of this many columns, in the source line and under it alike.
inline constexpr unsigned kTabWidth = 4;

// Lines of the frame, each ending in '\n'. A range spanning lines underlines the rest of its first line and
// adds a "..." line; an empty range gets a single caret.
std::string code_frame(const core::SourceText& source, core::ByteRange range, const FrameColors& colors);

// The line with tabs expanded, as code_frame prints it.
std::string expand_tabs(std::string_view line);

// Display column (0-based) of a byte offset within a line: one per code point, tabs to the next stop.
unsigned display_column(std::string_view line, size_t byte_offset);

}  // namespace distill::output
