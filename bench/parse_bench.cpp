// Parse throughput over a directory of Dockerfiles in one process: files are read into memory first, so the
// number measures tree-sitter parsing plus building the typed model, not the disk.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "syntax/parser.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: parse_bench DIR [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::pair<std::string, std::string>> files;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += content.size();
    files.emplace_back(entry.path().string(), std::move(content));
  }
  distill::syntax::Parser parser;
  double best = 1e9;
  size_t instructions = 0;
  for (int round = 0; round < rounds; ++round) {
    instructions = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& [path, content] : files) {
      auto parsed = parser.parse(distill::core::SourceText(path, content));
      if (parsed) instructions += parsed->all_instructions().size();
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  double mb = static_cast<double>(bytes) / 1e6;
  fmt::print("files: {}  bytes: {:.2f} MB  instructions: {}\n", files.size(), mb, instructions);
  fmt::print("best of {} rounds: {:.3f} s  ->  {:.1f} MB/s, {:.0f} files/s (one core)\n", rounds, best,
             mb / best, static_cast<double>(files.size()) / best);
  return 0;
}
