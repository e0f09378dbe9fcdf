// Lint throughput in one process on one core: files are read into memory first; the
// timed loop parses and lints each file with the default configuration, as `distill lint` does per file.
#include <fmt/format.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "config/config.h"
#include "lint/engine.h"
#include "syntax/parser.h"

// CPU time of this thread: on a loaded machine wall time measures the other processes too.
double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: lint_bench DIR [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  std::vector<std::pair<std::string, std::string>> files;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bytes += content.size();
    files.emplace_back(entry.path().string(), std::move(content));
  }
  distill::syntax::Parser parser;
  distill::config::Config config;
  double best = 1e9, best_cpu = 1e9;
  size_t findings = 0;
  for (int round = 0; round < rounds; ++round) {
    findings = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    for (const auto& [path, content] : files) {
      auto parsed = parser.parse(distill::core::SourceText(path, content));
      if (parsed) findings += distill::lint::lint(*parsed, config).size();
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    best_cpu = std::min(best_cpu, thread_cpu_seconds() - cpu_start);
  }
  double mb = static_cast<double>(bytes) / 1e6;
  fmt::print(
      "distill: {} files, {:.2f} MB, {} findings (best of {}, one core): {:.3f} s wall -> {:.2f} MB/s, "
      "{:.0f} "
      "files/s; {:.3f} s CPU -> {:.2f} MB/s, {:.0f} files/s\n",
      files.size(), mb, findings, rounds, best, mb / best, static_cast<double>(files.size()) / best, best_cpu,
      mb / best_cpu, static_cast<double>(files.size()) / best_cpu);
  return 0;
}
