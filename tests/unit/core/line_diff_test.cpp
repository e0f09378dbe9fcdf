// unified_diff: hunks a patch tool accepts, with removed lines printed before the lines replacing them.
#include <catch2/catch.hpp>

#include "core/line_diff.h"

using distill::core::unified_diff;

TEST_CASE("unified_diff prints a changed line as - then +", "[core][diff]") {
  std::string diff = unified_diff("FROM a\nRUN x\n", "FROM a AS b\nRUN x\n", "Dockerfile");
  CHECK(diff == "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,2 +1,2 @@\n-FROM a\n+FROM a AS b\n RUN x\n");
}

TEST_CASE("unified_diff: equal texts give nothing, appended lines one hunk", "[core][diff]") {
  CHECK(unified_diff("a\n", "a\n", "f").empty());
  std::string diff = unified_diff("a\n", "a\nb\n", "f");
  CHECK(diff.find("@@ -1,1 +1,2 @@\n a\n+b\n") != std::string::npos);
}
