// Locates and reads the shared corpus (BuildKit's own parser test files and real-world Dockerfiles).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

// Catch2 v2 has no REQUIRE with a message; this stops the test case with one.
#define DISTILL_REQUIRE_MSG(cond, msg) \
  do {                                 \
    if (!(cond)) FAIL((msg));          \
  } while (0)

namespace distill::test {

inline std::filesystem::path corpus_dir() {
  return std::filesystem::path(DISTILL_SOURCE_DIR) / ".." / "shared" / "corpus";
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace distill::test
