// The rewriter over every single-stage Dockerfile of a corpus directory: how many convert (strict and with
// --allow-upgrade), refusals by reason, and a re-check that every converted output parses without errors
// and rewrites to itself. Files whose base is a language image are reported separately, as issue 4 asks.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "rewrite/base_image.h"
#include "rewrite/rewriter.h"
#include "syntax/parser.h"

namespace {

using distill::rewrite::Status;

struct Tally {
  size_t files = 0, converted = 0, already = 0, refused = 0, broken = 0;
  std::map<std::string, size_t> reasons;
  std::map<std::string, size_t> stacks;
};

bool language_image(const std::string& repository) {
  for (const char* name : {"python", "node", "golang", "openjdk", "eclipse-temurin", "maven", "gradle",
                           "rust", "gcc", "amazoncorretto"}) {
    if (repository == name || repository == std::string("library/") + name) return true;
  }
  return false;
}

void print(const std::string& title, const Tally& tally) {
  double eligible = static_cast<double>(tally.files - tally.already);
  fmt::print(
      "{}: {} files, {} converted ({:.1f}%), {} already distroless, {} refused, {} outputs failing "
      "re-check\n",
      title, tally.files, tally.converted, eligible > 0 ? 100.0 * tally.converted / eligible : 0.0,
      tally.already, tally.refused, tally.broken);
  std::vector<std::pair<size_t, std::string>> sorted;
  for (const auto& [reason, count] : tally.reasons) sorted.emplace_back(count, reason);
  std::sort(sorted.rbegin(), sorted.rend());
  for (const auto& [count, reason] : sorted) fmt::print("    refused {:>5}  {}\n", count, reason);
  for (const auto& [stack, count] : tally.stacks) fmt::print("    converted {:>5}  {}\n", count, stack);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr,
               "usage: rewrite_corpus DIR [--list-refusals CODE]  (lists the language-image files refused "
               "with CODE)\n");
    return 2;
  }
  std::string list_code = argc > 3 && std::string(argv[2]) == "--list-refusals" ? argv[3] : "";
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (entry.is_regular_file()) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  distill::syntax::Parser parser;
  distill::core::DiskFileSystem disk;
  Tally all_strict, all_upgrade, language_strict, language_upgrade;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    distill::core::SourceText source(path.string(), content);
    auto parsed = parser.parse(source);
    if (!parsed || parsed->stages.size() != 1 || !parsed->errors.empty()) continue;
    bool language = language_image(parsed->stages.front().resolved_base.repository);
    for (bool upgrade : {false, true}) {
      distill::rewrite::RewriteOptions options;
      options.allow_upgrade = upgrade;
      auto outcome = distill::rewrite::rewrite(source, options, disk);
      for (Tally* tally : {upgrade ? &all_upgrade : &all_strict,
                           language ? (upgrade ? &language_upgrade : &language_strict) : nullptr}) {
        if (!tally) continue;
        ++tally->files;
        if (outcome.status == Status::kAlreadyDistroless) ++tally->already;
        if (outcome.status == Status::kRefused) {
          ++tally->refused;
          ++tally->reasons[outcome.refusals.front().code];
        }
        if (outcome.status == Status::kRewritten) {
          ++tally->converted;
          ++tally->stacks[outcome.stack + " -> " + outcome.runtime];
        }
      }
      if (language && upgrade && outcome.status == Status::kRefused &&
          outcome.refusals.front().code == list_code) {
        fmt::print("{}: {}\n", path.string(), outcome.refusals.front().message);
      }
      if (outcome.status != Status::kRewritten) continue;
      auto reparsed = parser.parse(distill::core::SourceText(path.string(), outcome.text));
      auto again =
          distill::rewrite::rewrite(distill::core::SourceText(path.string(), outcome.text), options, disk);
      bool ok = reparsed && reparsed->errors.empty() && again.status == Status::kAlreadyDistroless &&
                again.text == outcome.text;
      if (!ok) {
        fmt::print(stderr, "re-check failed: {}\n", path.string());
        for (Tally* tally : {upgrade ? &all_upgrade : &all_strict}) ++tally->broken;
      }
    }
  }
  print("single-stage, strict", all_strict);
  print("single-stage, --allow-upgrade", all_upgrade);
  print("language base image, strict", language_strict);
  print("language base image, --allow-upgrade", language_upgrade);
  return 0;
}
