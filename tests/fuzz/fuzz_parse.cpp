// libFuzzer target: any bytes must parse into a model (or a clean Error) without crashing, hanging or
// leaking, and every range in the model must lie inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "syntax/parser.h"
#include "syntax/printers.h"

namespace {

void check_range(const distill::core::ByteRange& r, size_t size) {
  if (r.begin > r.end || r.end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  distill::syntax::Parser parser;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto parsed = parser.parse(distill::core::SourceText("fuzz", bytes));
  if (!parsed) return 0;
  for (const auto* in : parsed->all_instructions()) {
    check_range(in->range, size);
    for (const auto& arg : in->args) check_range(arg.range, size);
    for (const auto& flag : in->flags) check_range(flag.range, size);
    for (const auto& doc : in->heredocs) check_range(doc.body_range, size);
  }
  (void)distill::syntax::to_json(*parsed).dump();
  (void)distill::syntax::to_buildkit_dump(*parsed);
  return 0;
}
