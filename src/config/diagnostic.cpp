// Prints config diagnostics in the same "path:line:col: message" shape as every other distill error.
#include "config/config.h"
#include "core/result.h"

namespace distill::config {

std::string describe(const Diagnostic& diagnostic) {
  return core::Error{diagnostic.message, diagnostic.path, diagnostic.line, diagnostic.column}.describe();
}

}  // namespace distill::config
