// Reads files with errors as values: every failure names the path and says what went wrong in one line.
#include "core/file_system.h"

#include <sys/stat.h>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace distill::core {

Result<std::string> DiskFileSystem::read(const std::string& path) const {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return Error{errno == ENOENT ? "no such file or directory" : std::strerror(errno), path};
  }
  if (S_ISDIR(info.st_mode)) return Error{"is a directory", path};
  if (!S_ISREG(info.st_mode)) return Error{"not a regular file", path};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{std::string("cannot open: ") + std::strerror(errno), path};
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{"read error", path};
  return content;
}

Result<std::string> OverlayFileSystem::read(const std::string& path) const {
  if (auto it = files_.find(path); it != files_.end()) return it->second;
  return base_.read(path);
}

}  // namespace distill::core
