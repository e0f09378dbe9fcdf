// Formats an Error the way compilers do, so editors and terminals can jump to it.
#include "core/result.h"

#include <fmt/format.h>

namespace distill::core {

std::string Error::describe() const {
  std::string where = path;
  if (line > 0) {
    where += fmt::format("{}{}", where.empty() ? "" : ":", line);
    if (column > 0) where += fmt::format(":{}", column);
  }
  return where.empty() ? message : where + ": " + message;
}

}  // namespace distill::core
