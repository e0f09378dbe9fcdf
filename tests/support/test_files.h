// Where tests find their data: the repository's fixtures/ and the shared corpus beside the repository.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace distill::testing {

inline std::filesystem::path source_dir() {
  return DISTILL_SOURCE_DIR;
}
inline std::filesystem::path fixtures_dir() {
  return source_dir() / "fixtures";
}
// ../shared/corpus; tests that need it fail loudly when it is missing rather than passing vacuously.
inline std::filesystem::path corpus_dir() {
  auto dir = source_dir().parent_path() / "shared" / "corpus";
  if (!std::filesystem::is_directory(dir)) throw std::runtime_error("corpus not found at " + dir.string());
  return dir;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace distill::testing
