// The parser must survive anything: empty and binary input, invalid UTF-8, huge continuations, deep nesting,
// and every real Dockerfile in the shared corpus (whose rejections are printed for the record).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "corpus.h"
#include "syntax/buildkit/parser.h"

namespace bk = distill::syntax::buildkit;
namespace fs = std::filesystem;

namespace {

// Parses and dumps; the point is only that nothing crashes or hangs.
void exercise(std::string_view bytes) {
  auto parsed = bk::parse_file(bytes);
  if (parsed) {
    std::string out = bk::dump_ast(parsed->instructions);
    (void)out;
  }
}

// A deterministic byte generator (no global random state), biased towards Dockerfile syntax.
std::string garbage(uint32_t seed, std::size_t size) {
  static constexpr std::string_view alphabet = "\\`\"'$<-[]{}=# \t\r\n\xC3\xA0\xFF\x00RUNCOPYENVONBUILD";
  std::string out;
  out.reserve(size);
  uint32_t x = seed;
  for (std::size_t i = 0; i < size; ++i) {
    x = x * 1664525u + 1013904223u;
    out.push_back((x >> 24) % 3 == 0 ? static_cast<char>(x >> 16) : alphabet[(x >> 8) % alphabet.size()]);
  }
  return out;
}

}  // namespace

TEST_CASE("empty, binary and invalid UTF-8 input does not crash") {
  CHECK_FALSE(bk::parse_file("").ok());
  CHECK(bk::parse_file(std::string_view("\0", 1)).ok());  // NUL is an (unknown) instruction
  for (uint32_t seed = 1; seed <= 300; ++seed) exercise(garbage(seed, 2000));
  auto parsed = bk::parse_file("FROM \xFF\xFE\nRUN \xC3\x28 \xE2\x82\nENV a=\xF0\x9F\n");
  REQUIRE(parsed.ok());
  CHECK(bk::dump_ast(parsed->instructions) ==
        "(from \"\\xff\\xfe\")\n(run \"\\xc3( \\xe2\\x82\")\n(env \"a\" \"\xEF\xBF\xBD\xEF\xBF\xBD\" \"=\")");
}

TEST_CASE("a 100,000-line continuation parses in linear time") {
  std::string file = "FROM a\nRUN true";
  for (int i = 0; i < 100000; ++i) file += " \\\n  && echo line";
  file += "\n";
  const auto start = std::chrono::steady_clock::now();
  auto parsed = bk::parse_file(file);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  REQUIRE(parsed.ok());
  REQUIRE(parsed->instructions.size() == 2);
  CHECK(parsed->instructions[1].end_line == 100002);
  CHECK(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count() < 5);

  // The same with heredoc markers, ENV words and comment lines in between.
  std::string mixed = "FROM a\nRUN cat <<EOF";
  for (int i = 0; i < 100000; ++i) mixed += (i % 3 == 0) ? " \\\n# c\n" : " \\\n x=\"${y:-z}\"";
  mixed += "\nbody\nEOF\n";
  exercise(mixed);
}

TEST_CASE("pathological nesting is refused or handled, never a stack overflow") {
  std::string onbuild;
  for (int i = 0; i < 100000; ++i) onbuild += "ONBUILD ";
  auto deep = bk::parse_file("FROM a\n" + onbuild + "RUN x\n");
  CHECK_FALSE(deep.ok());
  CHECK(bk::parse_file("FROM a\nONBUILD ONBUILD ONBUILD RUN x\n").ok());

  std::string dollars = "FROM a\nRUN <<EOF ";
  for (int i = 0; i < 50000; ++i) dollars += "${a:-";
  dollars += "\nEOF\n";
  exercise(dollars);  // too deep for our lexer: no heredoc, no crash

  exercise("FROM a\nCMD " + std::string(200000, '[') + "\n");
}

TEST_CASE("every corpus Dockerfile parses without crashing; rejections are listed") {
  const fs::path root = distill::test::corpus_dir() / "files";
  DISTILL_REQUIRE_MSG(fs::is_directory(root),
                      "the shared corpus is missing; expected it at " + root.string());
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  CHECK(files.size() >= 5000);

  std::map<std::string, std::vector<std::string>> rejected;  // message kind -> files
  std::size_t parsed_ok = 0;
  std::size_t unknown_instructions = 0;
  for (const fs::path& file : files) {
    auto parsed = bk::parse_file(distill::test::read_file(file));
    if (!parsed) {
      std::string kind = parsed.error().message;
      // Group messages that quote the offending word by their fixed part.
      if (auto q = kind.find(" in \""); q != std::string::npos) kind = kind.substr(0, q) + " in \"...\"";
      rejected[kind].push_back(file.filename().string() + ":" + std::to_string(parsed.error().line));
      continue;
    }
    ++parsed_ok;
    for (const bk::Node& n : parsed->instructions) {
      if (!bk::is_known_instruction(n.value)) ++unknown_instructions;
    }
    std::string out = bk::dump_ast(parsed->instructions);
    CHECK_FALSE(out.empty());
  }

  std::cout << "[buildkit corpus] " << files.size() << " files: " << parsed_ok << " accepted, "
            << files.size() - parsed_ok << " rejected by BuildKit's parser; " << unknown_instructions
            << " unknown instructions in accepted files\n";
  for (const auto& [kind, names] : rejected) {
    std::cout << "[buildkit corpus]   " << names.size() << " x " << kind << "\n";
    for (const std::string& name : names) std::cout << "[buildkit corpus]       " << name << "\n";
  }
}
