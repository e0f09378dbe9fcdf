// Code frames must put the carets under the exact range whatever the line holds: tabs, multi-byte UTF-8,
// ranges over several lines, empty ranges and ranges at the end of a line.
#include <catch2/catch.hpp>

#include "output/code_frame.h"

using distill::core::ByteRange;
using distill::core::SourceText;
using distill::output::code_frame;
using distill::output::display_column;
using distill::output::expand_tabs;

namespace {
const distill::output::FrameColors kPlain{};
}

TEST_CASE("tabs expand to the next stop in the line and under it") {
  CHECK(expand_tabs("a\tb") == "a   b");
  CHECK(expand_tabs("\t\tx") == "        x");
  CHECK(display_column("a\tb", 2) == 4);
  SourceText source("D", "RUN\ta\tb\n");
  CHECK(code_frame(source, ByteRange{6, 7}, kPlain) ==
        "  |\n"
        "1 | RUN a   b\n"
        "  |         ^\n");
}

TEST_CASE("multi-byte characters count as one column") {
  SourceText source("D", "LABEL x=\"\xC3\xA9\xE2\x99\xA5\" y\n");
  // the range covers `y`, after é (2 bytes) and ♥ (3 bytes)
  CHECK(code_frame(source, ByteRange{16, 17}, kPlain) ==
        "  |\n"
        "1 | LABEL x=\"\xC3\xA9\xE2\x99\xA5\" y\n"
        "  |              ^\n");
}

TEST_CASE("a range over several lines underlines the rest of its first line and elides the others") {
  SourceText source("D", "FROM a\nRUN b \\\n  c\n");
  CHECK(code_frame(source, ByteRange{11, 17}, kPlain) ==
        "  |\n"
        "2 | RUN b \\\n"
        "  |     ^^^\n"
        "  | ...\n");
}

TEST_CASE("a range ending with its line's newline stays a one-line range") {
  SourceText source("D", "FROM a\nRUN b\n");
  CHECK(code_frame(source, ByteRange{0, 7}, kPlain) ==
        "  |\n"
        "1 | FROM a\n"
        "  | ^^^^^^\n");
}

TEST_CASE("empty ranges and ranges past the text get one caret") {
  SourceText source("D", "FROM a\n\nRUN b");
  CHECK(code_frame(source, ByteRange{4, 4}, kPlain) ==
        "  |\n"
        "1 | FROM a\n"
        "  |     ^\n");
  CHECK(code_frame(source, ByteRange{7, 8}, kPlain) ==  // the empty line 2 and its newline
        "  |\n"
        "2 |\n"
        "  | ^\n");
  CHECK(code_frame(source, ByteRange{13, 13}, kPlain) ==  // end of a file without a final newline
        "  |\n"
        "3 | RUN b\n"
        "  |      ^\n");
}

TEST_CASE("the gutter is as wide as the line number") {
  std::string text;
  for (int i = 1; i <= 12; ++i) text += "RUN x\n";
  SourceText source("D", text);
  uint32_t line_12 = 11 * 6;
  CHECK(code_frame(source, ByteRange{line_12 + 4, line_12 + 5}, kPlain) ==
        "   |\n"
        "12 | RUN x\n"
        "   |     ^\n");
}
