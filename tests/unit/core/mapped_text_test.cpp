// MappedText keeps byte-to-source runs instead of one offset per byte; these tests hold it to the per-byte
// meaning: every text byte maps to where it came from, synthetic bytes to their anchor, the end to finish().
#include "core/mapped_text.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using distill::core::ByteRange;
using distill::core::MappedText;

namespace {

// The obvious per-byte model the runs must agree with.
struct Reference {
  std::string text;
  std::vector<uint32_t> offsets;
  uint32_t end = 0;
  uint32_t at(uint32_t i) const { return i < offsets.size() ? offsets[i] : end; }
};

}  // namespace

TEST_CASE("mapped text maps verbatim, joined and synthetic bytes back to the source", "[core]") {
  const std::string source = "RUN a \\\n  b\n";
  MappedText text;
  text.append_source(source, 4, 6);    // "a "
  text.append_synthetic("\n", 6);      // stands for the removed continuation
  text.append_source(source, 10, 11);  // "b"
  text.finish(12);
  CHECK(text.text() == "a \nb");
  CHECK(text.source_offset(0) == 4);
  CHECK(text.source_offset(1) == 5);
  CHECK(text.source_offset(2) == 6);
  CHECK(text.source_offset(3) == 10);
  CHECK(text.source_offset(4) == 12);
  CHECK(text.to_source(0, 4) == ByteRange{4, 11});
  CHECK(text.to_source(3, 3) == ByteRange{10, 10});
  MappedText tail = text.slice(1, 4);
  CHECK(tail.text() == " \nb");
  CHECK(tail.source_offset(0) == 5);
  CHECK(tail.source_offset(1) == 6);
  CHECK(tail.source_offset(2) == 10);
  CHECK(tail.source_offset(3) == 12);
}

TEST_CASE("mapped text agrees with a per-byte table on random appends and slices", "[core]") {
  std::mt19937 random(20261122);
  const std::string source(400, 'x');
  for (int round = 0; round < 300; ++round) {
    MappedText text;
    Reference expected;
    uint32_t cursor = 0;
    int pieces = static_cast<int>(random() % 8);
    for (int p = 0; p < pieces && cursor < source.size(); ++p) {
      if (random() % 3 == 0) {
        uint32_t at = cursor + random() % 5;
        std::string synthetic(random() % 3, ' ');
        text.append_synthetic(synthetic, at);
        expected.text += synthetic;
        expected.offsets.insert(expected.offsets.end(), synthetic.size(), at);
        expected.end = at;
      } else {
        // Sometimes contiguous with the previous piece (runs merge), sometimes after a gap.
        uint32_t begin = std::min<uint32_t>(cursor + (random() % 2 ? 0 : random() % 6), source.size());
        uint32_t end = std::min<uint32_t>(begin + random() % 12, source.size());
        text.append_source(source, begin, end);
        expected.text += source.substr(begin, end - begin);
        for (uint32_t i = begin; i < end; ++i) expected.offsets.push_back(i);
        expected.end = end;
        cursor = end;
      }
    }
    if (random() % 2) {
      expected.end += random() % 4;
      text.finish(expected.end);
    }
    REQUIRE(text.text() == expected.text);
    for (uint32_t i = 0; i <= text.size(); ++i) REQUIRE(text.source_offset(i) == expected.at(i));
    uint32_t a = text.size() ? random() % (text.size() + 1) : 0;
    uint32_t b = a + (text.size() - a ? random() % (text.size() - a + 1) : 0);
    MappedText part = text.slice(a, b);
    REQUIRE(part.text() == expected.text.substr(a, b - a));
    for (uint32_t i = 0; i <= part.size(); ++i) REQUIRE(part.source_offset(i) == expected.at(a + i));
  }
}
