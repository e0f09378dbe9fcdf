// BuildKit's own parser test files: every positive case dumps exactly as its `result`, every negative fails.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "corpus.h"
#include "syntax/buildkit/parser.h"

namespace bk = distill::syntax::buildkit;
namespace fs = std::filesystem;
using distill::test::corpus_dir;
using distill::test::read_file;

namespace {

std::vector<fs::path> case_dirs(const fs::path& root) {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

}  // namespace

TEST_CASE("every positive BuildKit test file dumps exactly as its result file") {
  const fs::path root = corpus_dir() / "buildkit-parser" / "testfiles";
  INFO("corpus directory: " << root.string());
  DISTILL_REQUIRE_MSG(fs::is_directory(root),
                      "the shared corpus is missing; expected it at " + root.string());
  const auto dirs = case_dirs(root);
  CHECK(dirs.size() == 33);
  for (const fs::path& dir : dirs) {
    INFO("case: " << dir.filename().string());
    auto parsed = bk::parse_file(read_file(dir / "Dockerfile"));
    DISTILL_REQUIRE_MSG(parsed.ok(), parsed.ok() ? "" : parsed.error().describe());
    // One S-expression per instruction, as dump() gives them, and the file ends with a newline.
    std::string per_instruction;
    for (const bk::Node& n : parsed->instructions) per_instruction += "(" + bk::dump(n) + ")\n";
    const std::string expected = read_file(dir / "result");
    CHECK(per_instruction == expected);
    CHECK(bk::dump_ast(parsed->instructions) + "\n" == expected);
  }
}

TEST_CASE("every negative BuildKit test file is rejected") {
  const fs::path root = corpus_dir() / "buildkit-parser" / "testfiles-negative";
  DISTILL_REQUIRE_MSG(fs::is_directory(root),
                      "the shared corpus is missing; expected it at " + root.string());
  const auto dirs = case_dirs(root);
  CHECK(dirs.size() == 4);
  for (const fs::path& dir : dirs) {
    INFO("case: " << dir.filename().string());
    auto parsed = bk::parse_file(read_file(dir / "Dockerfile"));
    CHECK_FALSE(parsed.ok());
  }
  SECTION("with BuildKit's messages and the line of the failing statement") {
    auto env = bk::parse_file(read_file(root / "env_no_value" / "Dockerfile"));
    REQUIRE_FALSE(env.ok());
    CHECK(env.error().message == "ENV must have two arguments");
    CHECK(env.error().line == 3);
    auto nested = bk::parse_file(read_file(root / "shykes-nested-json" / "Dockerfile"));
    REQUIRE_FALSE(nested.ok());
    CHECK(nested.error().message == "when using JSON array syntax, arrays must be comprised of strings only");
    CHECK(nested.error().line == 1);
    auto empty = bk::parse_file(read_file(root / "empty_dockerfile" / "Dockerfile"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == "file with no instructions");
    auto comments = bk::parse_file(read_file(root / "only_comments" / "Dockerfile"));
    REQUIRE_FALSE(comments.ok());
    CHECK(comments.error().message == "file with no instructions");
    CHECK(comments.error().line == 3);
  }
}

TEST_CASE("line numbers match BuildKit's TestParseIncludesLineNumbers") {
  const fs::path file = corpus_dir() / "buildkit-parser" / "testfile-line" / "Dockerfile";
  DISTILL_REQUIRE_MSG(fs::is_regular_file(file), "the shared corpus is missing; expected " + file.string());
  auto parsed = bk::parse_file(read_file(file));
  REQUIRE(parsed.ok());
  REQUIRE(parsed->instructions.size() == 3);
  const std::vector<std::pair<uint32_t, uint32_t>> expected{{5, 5}, {11, 12}, {17, 31}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("instruction " << i);
    CHECK(parsed->instructions[i].start_line == expected[i].first);
    CHECK(parsed->instructions[i].end_line == expected[i].second);
  }
}
