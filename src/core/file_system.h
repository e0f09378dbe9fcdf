// File access behind an interface, so the CLI reads disk while the LSP server serves unsaved editor buffers
// through the same code path, and tests can inject files.
#pragma once

#include <map>
#include <string>

#include "core/result.h"

namespace distill::core {

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The whole content of a regular file, or an Error naming the path (missing, a directory, unreadable).
  virtual Result<std::string> read(const std::string& path) const = 0;
};

// The real disk.
class DiskFileSystem final : public FileSystem {
 public:
  Result<std::string> read(const std::string& path) const override;
};

// In-memory files that shadow another file system (editor buffers; tests).
class OverlayFileSystem final : public FileSystem {
 public:
  explicit OverlayFileSystem(const FileSystem& base) : base_(base) {}
  void set(const std::string& path, std::string content) { files_[path] = std::move(content); }
  void erase(const std::string& path) { files_.erase(path); }
  Result<std::string> read(const std::string& path) const override;

 private:
  const FileSystem& base_;
  std::map<std::string, std::string> files_;
};

}  // namespace distill::core
