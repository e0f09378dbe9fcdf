// What the user asked of one rewrite (flags of `distill rewrite`).
#pragma once

#include <optional>
#include <string>

namespace distill::rewrite {

struct RewriteOptions {
  std::optional<std::string> suite;  // --suite debian12|debian13: the runtime's Debian suite
  bool root = false;                 // --root: keep running as root when the original did
  bool allow_upgrade = false;        // --allow-upgrade: move to the nearest newer runtime version
  std::string context_dir;           // the build context ("" = do not read it)
};

}  // namespace distill::rewrite
