#include "cli/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace distill::cli {

namespace {

core::Error io_error(const std::string& path, const std::string& what) {
  return core::Error{what + ": " + std::strerror(errno), path, 0, 0};
}

core::Result<bool> write_new(const std::string& path, const std::string& content, mode_t mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return io_error(path, "cannot create");
  size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      auto error = io_error(path, "cannot write");
      ::close(fd);
      ::unlink(path.c_str());
      return error;
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    auto error = io_error(path, "cannot flush");
    ::unlink(path.c_str());
    return error;
  }
  return true;
}

core::Result<std::string> read_all(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return io_error(path, "cannot read");
  std::string content;
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      auto error = io_error(path, "cannot read");
      ::close(fd);
      return error;
    }
    if (n == 0) break;
    content.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return content;
}

}  // namespace

core::Result<bool> atomic_write(const std::string& requested, const std::string& content,
                                const std::string& backup_path) {
  // Through a symlink, the file it points at is replaced; renaming over the link would turn it into a copy.
  std::string path = requested;
  if (char* resolved = ::realpath(requested.c_str(), nullptr)) {
    path = resolved;
    ::free(resolved);
  }
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return io_error(path, "cannot stat");
  mode_t mode = info.st_mode & 07777;
  if (!backup_path.empty()) {
    auto original = read_all(path);
    if (!original) return original.error();
    std::string backup_temp = backup_path + ".distill-tmp";
    ::unlink(backup_temp.c_str());
    if (auto written = write_new(backup_temp, *original, mode); !written) return written.error();
    if (::rename(backup_temp.c_str(), backup_path.c_str()) != 0) {
      auto error = io_error(backup_path, "cannot write backup");
      ::unlink(backup_temp.c_str());
      return error;
    }
  }
  std::string temp = path + ".distill-tmp";
  ::unlink(temp.c_str());
  if (auto written = write_new(temp, content, mode); !written) return written.error();
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    auto error = io_error(path, "cannot replace");
    ::unlink(temp.c_str());
    return error;
  }
  return true;
}

}  // namespace distill::cli
