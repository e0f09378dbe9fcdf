// Line/column mapping is what every finding and LSP position rests on.
#include <catch2/catch.hpp>

#include "core/result.h"
#include "core/source.h"

using distill::core::Error;
using distill::core::SourceText;

TEST_CASE("positions are 1-based and count bytes and UTF-16 units") {
  SourceText src("Dockerfile", "FROM a\nRUN \xE2\x99\xA5 \xF0\x9F\x90\xB3 x\r\n");
  CHECK(src.line_count() == 3);
  auto p = src.position(0);
  CHECK((p.line == 1 && p.column == 1 && p.utf16_column == 1));
  p = src.position(7);
  CHECK((p.line == 2 && p.column == 1));
  // after "RUN ♥ 🐳 " : 4 + 3 + 1 + 4 + 1 bytes; 4 + 1 + 1 + 2 + 1 UTF-16 units
  p = src.position(7 + 13);
  CHECK(p.column == 14);
  CHECK(p.utf16_column == 10);
  CHECK(src.line_text(2) == "RUN \xE2\x99\xA5 \xF0\x9F\x90\xB3 x");
  CHECK(src.offset_from_utf16(2, 10) == 7 + 13);
  CHECK(src.offset_from_utf16(2, 999) == 7 + 14);  // clamped to the end of the line
  CHECK(src.position(9999).line == 3);
}

TEST_CASE("errors describe their location like a compiler") {
  CHECK(Error{"bad", "a/Dockerfile", 3, 7}.describe() == "a/Dockerfile:3:7: bad");
  CHECK(Error{"bad", "a/Dockerfile", 0, 0}.describe() == "a/Dockerfile: bad");
  CHECK(Error{"bad", "", 0, 0}.describe() == "bad");
}
