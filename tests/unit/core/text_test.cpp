#include <catch2/catch.hpp>

#include "core/text.h"

using distill::core::split;

TEST_CASE("split keeps empty pieces but not a trailing one", "[core][text]") {
  CHECK(split("", ':').empty());
  CHECK(split("a", ':') == std::vector<std::string_view>{"a"});
  CHECK(split("a::b", ':') == std::vector<std::string_view>{"a", "", "b"});
  CHECK(split("line1\nline2\n", '\n') == std::vector<std::string_view>{"line1", "line2"});
  CHECK(split(":a", ':') == std::vector<std::string_view>{"", "a"});
}
