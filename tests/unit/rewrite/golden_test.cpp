// Golden rewrites: fixtures/rewrite/<case>/ holds a Dockerfile (and any build-context files it reads), an
// optional `.options` file (--suite debian12, --root, --allow-upgrade, one per line), and either
// expected.Dockerfile (the rewrite) or expected.refusal (the refusal code on its first line). Rewriting the
// expected output again must change nothing. DISTILL_UPDATE_GOLDEN=1 rewrites the expectations.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "rewrite/rewriter.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;
using distill::rewrite::Outcome;
using distill::rewrite::RewriteOptions;
using distill::rewrite::Status;

RewriteOptions read_options(const fs::path& dir) {
  RewriteOptions options;
  options.context_dir = dir.string();
  if (!fs::exists(dir / ".options")) return options;
  std::istringstream lines(distill::testing::read_file(dir / ".options"));
  std::string line;
  while (std::getline(lines, line)) {
    if (line == "--root") options.root = true;
    if (line == "--allow-upgrade") options.allow_upgrade = true;
    if (line.starts_with("--suite ")) options.suite = line.substr(8);
  }
  return options;
}

void write(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::vector<fs::path> cases() {
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(distill::testing::fixtures_dir() / "rewrite")) {
    if (entry.is_directory() && fs::exists(entry.path() / "Dockerfile")) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

}  // namespace

TEST_CASE("golden rewrites", "[rewrite][golden]") {
  distill::core::DiskFileSystem disk;
  bool update = std::getenv("DISTILL_UPDATE_GOLDEN") != nullptr;
  auto dirs = cases();
  REQUIRE(dirs.size() >= 1);
  for (const auto& dir : dirs) {
    SECTION(dir.filename().string()) {
      std::string input = distill::testing::read_file(dir / "Dockerfile");
      RewriteOptions options = read_options(dir);
      Outcome outcome =
          distill::rewrite::rewrite(distill::core::SourceText("Dockerfile", input), options, disk);
      std::string notes;
      for (const auto& note : outcome.notes) notes += note + "\n";
      for (const auto& refusal : outcome.refusals) notes += refusal.code + ": " + refusal.message + "\n";
      INFO(notes);
      if (update) {
        fs::remove(dir / "expected.Dockerfile");
        fs::remove(dir / "expected.refusal");
        if (outcome.status == Status::kRefused) {
          write(dir / "expected.refusal", outcome.refusals.front().code + "\n");
        } else {
          write(dir / "expected.Dockerfile", outcome.text);
        }
      }
      if (fs::exists(dir / "expected.refusal")) {
        std::string expected = distill::testing::read_file(dir / "expected.refusal");
        expected = expected.substr(0, expected.find('\n'));
        REQUIRE(outcome.status == Status::kRefused);
        CHECK(outcome.refusals.front().code == expected);
        CHECK(outcome.text == input);  // a refusal never changes anything
      } else {
        REQUIRE(fs::exists(dir / "expected.Dockerfile"));
        REQUIRE(outcome.status != Status::kRefused);
        CHECK(outcome.text == distill::testing::read_file(dir / "expected.Dockerfile"));
        // A rewrite of the rewrite has nothing left to do.
        Outcome again =
            distill::rewrite::rewrite(distill::core::SourceText("Dockerfile", outcome.text), options, disk);
        CHECK(again.status == Status::kAlreadyDistroless);
        CHECK(again.text == outcome.text);
      }
    }
  }
}
