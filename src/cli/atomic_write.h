// Replacing a user's file without ever leaving it half-written: write a temporary file beside it, flush it,
// then rename over the original (atomic on one file system).
#pragma once

#include <string>

#include "core/result.h"

namespace distill::cli {

// Writes `content` to `path` atomically, keeping the file's permissions; with `backup_path` the old content
// is first copied there.
core::Result<bool> atomic_write(const std::string& path, const std::string& content,
                                const std::string& backup_path);

}  // namespace distill::cli
