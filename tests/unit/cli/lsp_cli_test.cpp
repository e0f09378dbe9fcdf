// `distill lsp` as an editor runs it: framed JSON-RPC on stdin, framed answers on stdout, exit code by the
// protocol (0 after shutdown + exit, 1 when the client just goes away).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "run_command.h"

using distill::testing::run_command;
using distill::testing::TempDir;
using nlohmann::json;

namespace {

std::string frame(const json& message) {
  std::string body = message.dump();
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::vector<json> unframe(std::string out) {
  std::vector<json> messages;
  while (!out.empty()) {
    size_t header_end = out.find("\r\n\r\n");
    if (header_end == std::string::npos) break;
    size_t length = std::stoul(out.substr(out.find(':') + 1, header_end));
    messages.push_back(json::parse(out.substr(header_end + 4, length)));
    out = out.substr(header_end + 4 + length);
  }
  return messages;
}

}  // namespace

TEST_CASE("lsp: a session over stdio publishes diagnostics and exits 0 after shutdown") {
  TempDir dir;
  std::string uri = "file://" + dir.path().string() + "/Dockerfile";
  // A config beside the document is honoured, as `distill lint` would: DL3015 is switched off here.
  dir.write(".distill.yaml", "ignored: [DL3015]\n");
  std::string session =
      frame({{"jsonrpc", "2.0"},
             {"id", 1},
             {"method", "initialize"},
             {"params", {{"capabilities", json::object()}}}}) +
      frame({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}}) +
      frame({{"jsonrpc", "2.0"},
             {"method", "textDocument/didOpen"},
             {"params",
              {{"textDocument",
                {{"uri", uri},
                 {"languageId", "dockerfile"},
                 {"version", 1},
                 {"text", "FROM debian:12\nRUN apt-get install -y curl\n"}}}}}}) +
      "Content-Length: 5\r\n\r\n{oops" +  // not JSON: a parse error answer, and the session goes on
      frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
      frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  dir.write("session.bin", session);
  auto result = run_command("cd '" + dir.path().string() + "' && " + std::string(DISTILL_BINARY) +
                            " lsp --stdio < session.bin");
  CHECK(result.exit_code == 0);
  auto messages = unframe(result.out);
  REQUIRE(messages.size() == 4);
  CHECK(messages[0]["id"] == 1);
  CHECK(messages[1]["method"] == "textDocument/publishDiagnostics");
  std::vector<std::string> codes;
  for (const json& d : messages[1]["params"]["diagnostics"]) codes.push_back(d.value("code", ""));
  CHECK(std::find(codes.begin(), codes.end(), "DL3008") != codes.end());
  CHECK(std::find(codes.begin(), codes.end(), "DL3015") == codes.end());
  CHECK(messages[2]["error"]["code"] == -32700);
  CHECK(messages[3]["id"] == 2);
}

TEST_CASE("lsp: a client that goes away without exit leaves the server with exit code 1") {
  TempDir dir;
  dir.write("session.bin", frame({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}}));
  auto result = run_command("cd '" + dir.path().string() + "' && " + std::string(DISTILL_BINARY) +
                            " lsp < session.bin");
  CHECK(result.exit_code == 1);
  CHECK(unframe(result.out).size() == 1);
}
