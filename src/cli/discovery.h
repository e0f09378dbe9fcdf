// Turns the PATH arguments of a command into the list of Dockerfiles to read: files as given, "-" for stdin,
// directories walked recursively for Dockerfile-like names, skipping .git and what .gitignore/.dockerignore
// exclude.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace distill::cli {

struct Input {
  std::string path;  // as shown to the user; "-" for stdin
  bool from_stdin = false;
};

// Whether a file name looks like a Dockerfile (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile, ...).
bool is_dockerfile_name(std::string_view file_name);

struct Discovery {
  std::vector<Input> inputs;        // in a stable order: arguments in order, directory contents sorted
  std::vector<core::Error> errors;  // missing paths, directories without Dockerfiles
};

Discovery discover(const std::vector<std::string>& paths);

}  // namespace distill::cli
