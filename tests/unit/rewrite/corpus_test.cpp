// Every real Dockerfile of the shared corpus goes through the rewriter (strict and --allow-upgrade) without a
// crash; every conversion re-parses without errors, and rewriting it again changes nothing.
#include <catch2/catch.hpp>

#include "rewrite/rewriter.h"
#include "syntax/parser.h"
#include "test_files.h"

TEST_CASE("the rewriter over the corpus", "[rewrite][corpus]") {
  namespace fs = std::filesystem;
  distill::core::DiskFileSystem disk;
  distill::syntax::Parser parser;
  size_t files = 0, converted = 0;
  for (const auto& entry : fs::recursive_directory_iterator(distill::testing::corpus_dir() / "files")) {
    if (!entry.is_regular_file()) continue;
    ++files;
    std::string text = distill::testing::read_file(entry.path());
    distill::core::SourceText source(entry.path().string(), text);
    for (bool upgrade : {false, true}) {
      distill::rewrite::RewriteOptions options;
      options.allow_upgrade = upgrade;
      auto outcome = distill::rewrite::rewrite(source, options, disk);
      if (outcome.status != distill::rewrite::Status::kRewritten) {
        CHECK(outcome.text == text);
        if (outcome.status == distill::rewrite::Status::kRefused) CHECK_FALSE(outcome.refusals.empty());
        continue;
      }
      ++converted;
      INFO(entry.path().string());
      auto reparsed = parser.parse(distill::core::SourceText("rewritten", outcome.text));
      REQUIRE(reparsed.ok());
      CHECK(reparsed->errors.empty());
      auto again =
          distill::rewrite::rewrite(distill::core::SourceText("rewritten", outcome.text), options, disk);
      CHECK(again.status == distill::rewrite::Status::kAlreadyDistroless);
    }
  }
  CHECK(files > 4000);
  CHECK(converted > 50);
}
