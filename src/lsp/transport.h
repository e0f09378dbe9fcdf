// JSON-RPC framing as LSP speaks it over stdio: a `Content-Length: N` header block, a blank line, N bytes
// of JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace distill::lsp {

struct ReadResult {
  std::optional<nlohmann::json> message;  // nullopt at the end of the input, on a framing error, or bad JSON
  std::string error;                      // why, when the input did not simply end
  bool bad_json = false;                  // framing was fine, the body was not JSON: answer and go on
};

ReadResult read_message(std::istream& in);
void write_message(std::ostream& out, const nlohmann::json& message);

}  // namespace distill::lsp
