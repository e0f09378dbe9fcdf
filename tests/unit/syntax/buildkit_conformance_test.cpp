// BuildKit's own parser test files, run through our grammar and model: the dump must equal BuildKit's result
// byte for byte, and the negative files must be rejected with a line number.
#include <catch2/catch.hpp>

#include <filesystem>

#include "syntax/parser.h"
#include "syntax/printers.h"
#include "test_files.h"

using namespace distill;
namespace fs = std::filesystem;

TEST_CASE("every BuildKit positive parser test dumps exactly as its result") {
  fs::path dir = testing::corpus_dir() / "buildkit-parser" / "testfiles";
  int checked = 0;
  syntax::Parser parser;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    std::string expected = testing::read_file(entry.path() / "result");
    auto parsed = parser.parse(core::SourceText(name, testing::read_file(entry.path() / "Dockerfile")));
    REQUIRE(parsed);
    INFO("testfile " << name);
    CHECK(syntax::to_buildkit_dump(*parsed) == expected);
    ++checked;
  }
  CHECK(checked == 33);
}

TEST_CASE("every BuildKit negative parser test is rejected with a location") {
  fs::path dir = testing::corpus_dir() / "buildkit-parser" / "testfiles-negative";
  int checked = 0;
  syntax::Parser parser;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    INFO("negative testfile " << name);
    auto parsed = parser.parse(core::SourceText(name, testing::read_file(entry.path() / "Dockerfile")));
    REQUIRE(parsed);
    REQUIRE_FALSE(parsed->errors.empty());
    auto position = parsed->source().position(parsed->errors.front().range.begin);
    CHECK(position.line >= 1);
    ++checked;
  }
  CHECK(checked == 4);
}
