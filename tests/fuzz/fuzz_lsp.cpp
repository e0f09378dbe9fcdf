// libFuzzer target for the language server's input side: any bytes on stdin go through the framing reader
// and every message that comes out of it through the server, without crashing or throwing.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "lsp/server.h"
#include "lsp/transport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  distill::lsp::Server server([](std::string_view) -> std::optional<std::string> { return std::nullopt; });
  for (int messages = 0; messages < 64; ++messages) {
    distill::lsp::ReadResult read = distill::lsp::read_message(in);
    if (read.bad_json) continue;
    if (!read.message) break;
    (void)server.handle(*read.message);
    if (server.exit_requested()) break;
  }
  return 0;
}
