// Runs an external program without a shell (so no argument can be interpreted as shell syntax) and owns a
// private scratch directory, because ShellCheck is the one external tool linting talks to.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace distill::lint {

struct ProcessOutput {
  int exit_code = -1;  // -1 when the program was killed by a signal
  std::string out;
  std::string err;
};

// The absolute path of `program`: as given when it contains a '/', else the first executable match on PATH.
std::optional<std::filesystem::path> find_executable(const std::string& program);

// Runs argv[0] (an absolute or relative path, not looked up on PATH) with argv, stdin from /dev/null, and
// collects stdout and stderr fully. Any exit code is a value; an Error means the program could not run.
core::Result<ProcessOutput> run_process(const std::vector<std::string>& argv);

// A mkdtemp directory readable only by us, removed with everything in it when the object dies.
class ScratchDirectory {
 public:
  // Under `parent`, or under $TMPDIR (else /tmp) when it is empty.
  static core::Result<ScratchDirectory> create(const std::filesystem::path& parent = {});

  ScratchDirectory(ScratchDirectory&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  ScratchDirectory& operator=(ScratchDirectory&&) = delete;
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  ~ScratchDirectory();

  const std::filesystem::path& path() const { return path_; }

 private:
  explicit ScratchDirectory(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

}  // namespace distill::lint
