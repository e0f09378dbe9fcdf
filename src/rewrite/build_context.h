// Read-only access to the build context (the Dockerfile's folder by default): package.json scripts and the
// names of top-level entries. The rewriter never writes here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/file_system.h"

namespace distill::rewrite {

class BuildContext {
 public:
  BuildContext() = default;  // no context: every question answers "unknown"
  BuildContext(std::string dir, const core::FileSystem* files) : dir_(std::move(dir)), files_(files) {}

  bool available() const { return files_ != nullptr && !dir_.empty(); }
  const std::string& directory() const { return dir_; }
  // A file's content relative to the context root; nullopt when absent or unreadable.
  std::optional<std::string> read(const std::string& relative) const;
  // package.json "scripts"[name]; nullopt when there is no such script (or no package.json).
  std::optional<std::string> npm_script(const std::string& name) const;

 private:
  std::string dir_;
  const core::FileSystem* files_ = nullptr;
};

}  // namespace distill::rewrite
