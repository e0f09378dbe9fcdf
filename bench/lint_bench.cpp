// Lint throughput in one process on one core: files are read into memory first; the
// timed loop parses and lints each file with the default configuration, as `distill lint` does per file.
// Then the floor: tree-sitter alone (the Dockerfile grammar over every file, tree-sitter-bash over every
// shell text the model hands it), which no rule or model work can go below.
#include <fmt/format.h>
#include <tree_sitter/api.h>

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
#include "syntax/instruction_scripts.h"
#include "syntax/parser.h"

extern "C" const TSLanguage* tree_sitter_bash();
extern "C" const TSLanguage* tree_sitter_dockerfile();

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
  // The shell texts tree-sitter-bash is given: shell-form RUN/CMD/ENTRYPOINT/HEALTHCHECK and shell heredocs.
  std::vector<std::string> shell_texts;
  for (const auto& [path, content] : files) {
    auto parsed = parser.parse(distill::core::SourceText(path, content));
    if (!parsed) continue;
    for (const auto* in : parsed->all_instructions()) {
      if (in->form != distill::syntax::Form::kShell) continue;
      shell_texts.emplace_back(in->command.text());
      for (size_t i = 0; i < in->heredocs.size(); ++i) {
        if (distill::syntax::heredoc_is_shell_script(*in, i))
          shell_texts.emplace_back(in->heredocs[i].body_text.text());
      }
    }
  }
  auto raw_parse_seconds = [&](const TSLanguage* language, const auto& texts) {
    TSParser* raw = ts_parser_new();
    ts_parser_set_language(raw, language);
    double best_raw = 1e9;
    for (int round = 0; round < rounds; ++round) {
      double cpu_start = thread_cpu_seconds();
      for (const auto& text : texts) {
        ts_tree_delete(ts_parser_parse_string(raw, nullptr, text.data(), static_cast<uint32_t>(text.size())));
      }
      best_raw = std::min(best_raw, thread_cpu_seconds() - cpu_start);
    }
    ts_parser_delete(raw);
    return best_raw;
  };
  std::vector<std::string> contents;
  for (const auto& file : files) contents.push_back(file.second);
  double dockerfile_seconds = raw_parse_seconds(tree_sitter_dockerfile(), contents);
  double bash_seconds = raw_parse_seconds(tree_sitter_bash(), shell_texts);
  size_t shell_bytes = 0;
  for (const auto& text : shell_texts) shell_bytes += text.size();
  fmt::print(
      "tree-sitter alone (CPU, best of {}): Dockerfile grammar {:.3f} s over {:.2f} MB, tree-sitter-bash "
      "{:.3f} s "
      "over {} shell texts, {:.2f} MB ({:.1f} MB/s) -> floor {:.3f} s = at most {:.2f} MB/s for the corpus, "
      "{:.0f}% of distill's lint time\n",
      rounds, dockerfile_seconds, mb, bash_seconds, shell_texts.size(),
      static_cast<double>(shell_bytes) / 1e6, static_cast<double>(shell_bytes) / 1e6 / bash_seconds,
      dockerfile_seconds + bash_seconds, mb / (dockerfile_seconds + bash_seconds),
      100.0 * (dockerfile_seconds + bash_seconds) / best_cpu);
  return 0;
}
