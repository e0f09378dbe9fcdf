// Every real Dockerfile in the shared corpus: parses with no ERROR/MISSING node unless BuildKit itself
// rejects it (then it is listed in fixtures/corpus/buildkit-rejected.tsv with BuildKit's reason, and the
// reason is checked), and our grammar's logical lines produce exactly the dump of the BuildKit-faithful text
// parser.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <sstream>

#include "syntax/buildkit/parser.h"
#include "syntax/parser.h"
#include "syntax/printers.h"
#include "test_files.h"

using namespace distill;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> rejected_list() {
  std::map<std::string, std::string> out;
  std::istringstream in(testing::read_file(testing::fixtures_dir() / "corpus" / "buildkit-rejected.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(testing::corpus_dir() / "files")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE(
    "corpus: no ERROR nodes except in files BuildKit rejects, each listed with BuildKit's true reason") {
  auto rejected = rejected_list();
  auto files = corpus_files();
  REQUIRE(files.size() >= 5000);
  syntax::Parser parser;
  size_t clean = 0;
  for (const fs::path& path : files) {
    std::string name = path.filename().string();
    std::string bytes = testing::read_file(path);
    auto parsed = parser.parse(core::SourceText(name, bytes));
    INFO("corpus file " << name);
    REQUIRE(parsed);
    auto oracle = syntax::buildkit::parse_file(bytes);
    auto listed = rejected.find(name);
    if (listed == rejected.end()) {
      CHECK(parsed->errors.empty());
      CHECK(oracle.ok());
      if (parsed->errors.empty()) ++clean;
    } else {
      // The reason must be true: BuildKit's parser rejects the file with exactly that message.
      REQUIRE_FALSE(oracle.ok());
      CHECK(oracle.error().message == listed->second);
      CHECK_FALSE(parsed->errors.empty());
      rejected.erase(listed);
    }
  }
  INFO("listed files that are not in the corpus: " << rejected.size());
  CHECK(rejected.empty());
  CHECK(clean + 3 >= files.size());
}

TEST_CASE("corpus: the grammar's dump equals the BuildKit-faithful parser's dump for every accepted file") {
  syntax::Parser parser;
  size_t compared = 0;
  for (const fs::path& path : corpus_files()) {
    std::string bytes = testing::read_file(path);
    auto oracle = syntax::buildkit::parse_file(bytes);
    if (!oracle) continue;
    auto parsed = parser.parse(core::SourceText(path.filename().string(), bytes));
    REQUIRE(parsed);
    std::string expected;
    for (const auto& node : oracle->instructions) expected += "(" + syntax::buildkit::dump(node) + ")\n";
    INFO("corpus file " << path.filename().string());
    CHECK(syntax::to_buildkit_dump(*parsed) == expected);
    ++compared;
  }
  CHECK(compared >= 4990);
}
