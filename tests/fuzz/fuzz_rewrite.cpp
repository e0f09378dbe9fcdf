// libFuzzer target for the whole pipeline a migration runs: any bytes go through lint and rewrite without
// crashing, and a rewrite is either a refusal that leaves the input untouched or a text that rewrites to
// itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "config/config.h"
#include "lint/engine.h"
#include "rewrite/rewriter.h"
#include "syntax/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  distill::core::SourceText source("fuzz", bytes);
  distill::syntax::Parser parser;
  if (auto parsed = parser.parse(source); parsed)
    (void)distill::lint::lint(*parsed, distill::config::Config{});
  distill::core::DiskFileSystem disk;
  distill::rewrite::RewriteOptions options;
  auto outcome = distill::rewrite::rewrite(source, options, disk);
  if (outcome.status != distill::rewrite::Status::kRewritten) {
    if (outcome.text != bytes) std::abort();
    return 0;
  }
  auto again = distill::rewrite::rewrite(distill::core::SourceText("fuzz", outcome.text), options, disk);
  if (again.status != distill::rewrite::Status::kAlreadyDistroless || again.text != outcome.text)
    std::abort();
  return 0;
}
