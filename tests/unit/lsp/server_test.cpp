// The language server driven in process with the JSON an editor sends: diagnostics on open and on every
// change (full and ranged), quick fixes, close, shutdown and exit, and the protocol errors.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <string>

#include "lsp/server.h"

using distill::lsp::Server;
using nlohmann::json;

namespace {

const char* kUri = "file:///nonexistent/distill-lsp-test/Dockerfile";

Server make_server() {
  return Server([](std::string_view) -> std::optional<std::string> { return std::nullopt; });
}

json notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

json request(int id, const std::string& method, json params = json::object()) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

json open(const std::string& text) {
  return notification(
      "textDocument/didOpen",
      {{"textDocument", {{"uri", kUri}, {"languageId", "dockerfile"}, {"version", 1}, {"text", text}}}});
}

// The diagnostics with `code` in a publishDiagnostics message.
std::vector<json> with_code(const json& publish, const std::string& code) {
  std::vector<json> out;
  for (const json& d : publish["params"]["diagnostics"]) {
    if (d.value("code", "") == code) out.push_back(d);
  }
  return out;
}

}  // namespace

TEST_CASE("lsp: initialize announces full sync and quick fixes") {
  Server server = make_server();
  auto out = server.handle(request(1, "initialize", {{"capabilities", json::object()}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["id"] == 1);
  CHECK(out[0]["result"]["capabilities"]["textDocumentSync"]["change"] == 1);
  CHECK(out[0]["result"]["capabilities"]["codeActionProvider"]["codeActionKinds"][0] == "quickfix");
  CHECK(out[0]["result"]["serverInfo"]["name"] == "distill");
}

TEST_CASE("lsp: diagnostics on open and after full and ranged changes, in UTF-16 positions") {
  Server server = make_server();
  // "é" is two bytes but one UTF-16 unit: the DL3008 range on line 2 must count it once.
  auto out = server.handle(open("FROM debian:12\nRUN echo é && apt-get install -y curl\n"));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["method"] == "textDocument/publishDiagnostics");
  CHECK(out[0]["params"]["uri"] == kUri);
  CHECK(out[0]["params"]["version"] == 1);
  auto pins = with_code(out[0], "DL3008");
  REQUIRE(pins.size() == 1);
  CHECK(pins[0]["range"]["start"] == json({{"line", 1}, {"character", 33}}));
  CHECK(pins[0]["range"]["end"] == json({{"line", 1}, {"character", 37}}));
  CHECK(pins[0]["severity"] == 2);
  CHECK(pins[0]["source"] == "distill");

  // A full change that pins the package: DL3008 goes away.
  out = server.handle(
      notification("textDocument/didChange",
                   {{"textDocument", {{"uri", kUri}, {"version", 2}}},
                    {"contentChanges",
                     json::array({{{"text", "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10\n"}}})}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["version"] == 2);
  CHECK(with_code(out[0], "DL3008").empty());

  // A ranged change that removes the pin again ("=7.88.1-10" on line 1).
  out = server.handle(
      notification("textDocument/didChange",
                   {{"textDocument", {{"uri", kUri}, {"version", 3}}},
                    {"contentChanges", json::array({{{"range",
                                                      {{"start", {{"line", 1}, {"character", 27}}},
                                                       {"end", {{"line", 1}, {"character", 37}}}}},
                                                     {"text", ""}}})}}));
  REQUIRE(out.size() == 1);
  CHECK(with_code(out[0], "DL3008").size() == 1);
}

TEST_CASE("lsp: syntax errors are error diagnostics at their place") {
  Server server = make_server();
  auto out = server.handle(open("FROM debian:12\nHEALTHCHECK NONE x\n"));
  REQUIRE(out.size() == 1);
  bool found = false;
  for (const json& d : out[0]["params"]["diagnostics"]) {
    if (d["message"].get<std::string>().starts_with("syntax error in HEALTHCHECK")) {
      found = true;
      CHECK(d["severity"] == 1);
      CHECK(d["range"]["start"]["line"] == 1);
    }
  }
  CHECK(found);
}

TEST_CASE("lsp: a quick fix for a finding under the cursor, as a workspace edit") {
  Server server = make_server();
  server.handle(open("FROM debian:12 as build\nRUN true\n"));
  auto out = server.handle(request(
      7, "textDocument/codeAction",
      {{"textDocument", {{"uri", kUri}}},
       {"range", {{"start", {{"line", 0}, {"character", 15}}}, {"end", {{"line", 0}, {"character", 17}}}}},
       {"context", {{"diagnostics", json::array()}}}}));
  REQUIRE(out.size() == 1);
  const json& actions = out[0]["result"];
  REQUIRE(actions.is_array());
  REQUIRE_FALSE(actions.empty());
  const json& action = actions[0];
  CHECK(action["kind"] == "quickfix");
  const json& edits = action["edit"]["changes"][kUri];
  REQUIRE(edits.size() == 1);
  CHECK(edits[0]["newText"] == "AS");
  CHECK(edits[0]["range"]["start"] == json({{"line", 0}, {"character", 15}}));
  // Nowhere near a fixable finding: no actions.
  out = server.handle(request(
      8, "textDocument/codeAction",
      {{"textDocument", {{"uri", kUri}}},
       {"range", {{"start", {{"line", 1}, {"character", 4}}}, {"end", {{"line", 1}, {"character", 4}}}}}}));
  CHECK(out[0]["result"].empty());
}

TEST_CASE("lsp: close clears the diagnostics; shutdown, exit and protocol errors") {
  Server server = make_server();
  server.handle(open("FROM debian\n"));
  auto out = server.handle(notification("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["params"]["diagnostics"].empty());

  out = server.handle(request(2, "textDocument/completion"));
  CHECK(out[0]["error"]["code"] == -32601);
  out = server.handle(request(3, "textDocument/codeAction", json::object()));
  CHECK(out[0]["error"]["code"] == -32602);

  out = server.handle(request(4, "shutdown"));
  CHECK(out[0]["result"].is_null());
  out = server.handle(request(5, "initialize"));
  CHECK(out[0]["error"]["code"] == -32600);
  CHECK_FALSE(server.exit_requested());
  server.handle(notification("exit", json::object()));
  CHECK(server.exit_requested());
  CHECK(server.exit_code() == 0);

  Server abrupt = make_server();
  abrupt.handle(notification("exit", json::object()));
  CHECK(abrupt.exit_code() == 1);
}

TEST_CASE("lsp: params of the wrong shape are answered with an error, never a crash") {
  Server server = make_server();
  auto out = server.handle(request(1, "textDocument/codeAction", {{"textDocument", 5}, {"range", "x"}}));
  REQUIRE(out.size() == 1);
  CHECK(out[0]["error"]["code"] == -32602);
  CHECK(server.handle(notification("textDocument/didOpen", {{"textDocument", json::array({1, 2})}})).empty());
  CHECK(server.handle({{"jsonrpc", "2.0"}, {"method", "textDocument/didChange"}, {"params", json::array()}})
            .empty());
  // The server still works afterwards.
  CHECK(server.handle(open("FROM debian:12\n")).size() == 1);
}

TEST_CASE("lsp: hover over a finding shows its message and its rule's document") {
  Server server = make_server();
  server.handle(open("FROM debian:12\nRUN apt-get install -y curl\n"));
  auto out = server.handle(
      request(4, "textDocument/hover",
              {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", 1}, {"character", 24}}}}));
  REQUIRE(out.size() == 1);
  const json& hover = out[0]["result"];
  REQUIRE(hover.is_object());
  CHECK(hover["contents"]["kind"] == "markdown");
  std::string value = hover["contents"]["value"];
  CHECK(value.find("**DL3008**") != std::string::npos);
  CHECK(value.find("# apt-get-unpinned") != std::string::npos);  // the rule document's title
  CHECK(hover["range"]["start"] == json({{"line", 1}, {"character", 23}}));
  // Nothing there: null.
  out = server.handle(
      request(5, "textDocument/hover",
              {{"textDocument", {{"uri", kUri}}}, {"position", {{"line", 0}, {"character", 0}}}}));
  CHECK(out[0]["result"].is_null());
}
