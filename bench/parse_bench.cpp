// Parse throughput over a directory of Dockerfiles in one process: files are read into memory first, so the
// number measures tree-sitter parsing plus building the typed model, not the disk. Reported twice: on one
// core (the benchmark thread's CPU time), and with one parser per core taking files from a shared counter, as
// `distill parse DIR` runs.
#include <fmt/format.h>

#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "syntax/parser.h"

// CPU time of this thread: on a loaded machine wall time measures the other processes too.
double thread_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

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
  double best = 1e9, best_cpu = 1e9;
  size_t instructions = 0;
  for (int round = 0; round < rounds; ++round) {
    instructions = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    for (const auto& [path, content] : files) {
      auto parsed = parser.parse(distill::core::SourceText(path, content));
      if (parsed) instructions += parsed->all_instructions().size();
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    best_cpu = std::min(best_cpu, thread_cpu_seconds() - cpu_start);
  }
  // Every core: each worker has its own parser (a tree-sitter parser is not shared between threads).
  unsigned workers = std::max(1u, std::thread::hardware_concurrency());
  double best_parallel = 1e9;
  std::atomic<size_t> parallel_instructions{0};
  for (int round = 0; round < rounds; ++round) {
    std::atomic<size_t> next{0};
    parallel_instructions = 0;
    auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (unsigned w = 0; w < workers; ++w) {
      pool.emplace_back([&] {
        distill::syntax::Parser own;
        for (size_t i = next++; i < files.size(); i = next++) {
          auto parsed = own.parse(distill::core::SourceText(files[i].first, files[i].second));
          if (parsed) parallel_instructions += parsed->all_instructions().size();
        }
      });
    }
    for (std::thread& thread : pool) thread.join();
    best_parallel = std::min(best_parallel,
                             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  double mb = static_cast<double>(bytes) / 1e6;
  fmt::print("files: {}  bytes: {:.2f} MB  instructions: {}\n", files.size(), mb, instructions);
  fmt::print(
      "best of {} rounds: {:.3f} s wall -> {:.1f} MB/s, {:.0f} files/s; {:.3f} s CPU -> {:.1f} MB/s, {:.0f} "
      "files/s (one core)\n",
      rounds, best, mb / best, static_cast<double>(files.size()) / best, best_cpu, mb / best_cpu,
      static_cast<double>(files.size()) / best_cpu);
  // The same files give the same model whichever thread parses them.
  if (parallel_instructions != instructions) fmt::print(stderr, "parallel run saw a different model\n");
  fmt::print("best of {} rounds on {} cores: {:.3f} s wall -> {:.1f} MB/s, {:.0f} files/s\n", rounds, workers,
             best_parallel, mb / best_parallel, static_cast<double>(files.size()) / best_parallel);
  return 0;
}
