// JSON-RPC framing: messages in a row, header case, and the broken inputs a client can send.
#include <catch2/catch.hpp>

#include <sstream>

#include "lsp/transport.h"
#include "lsp/uri.h"

using distill::lsp::read_message;

TEST_CASE("lsp transport: framed messages in a row, written the way they are read") {
  std::ostringstream written;
  distill::lsp::write_message(written, {{"id", 1}});
  distill::lsp::write_message(written, {{"method", "exit"}});
  std::istringstream in(written.str());
  auto first = read_message(in);
  REQUIRE(first.message);
  CHECK((*first.message)["id"] == 1);
  auto second = read_message(in);
  REQUIRE(second.message);
  CHECK((*second.message)["method"] == "exit");
  auto end = read_message(in);
  CHECK_FALSE(end.message);
  CHECK(end.error.empty());  // the input simply ended
}

TEST_CASE("lsp transport: headers in any case, other headers ignored, bad bodies and framing reported") {
  std::istringstream in("content-length: 2\r\nContent-Type: application/vscode-jsonrpc\r\n\r\n{}");
  auto ok = read_message(in);
  REQUIRE(ok.message);
  CHECK(ok.message->is_object());

  std::istringstream not_json("Content-Length: 3\r\n\r\n{x}");
  auto bad = read_message(not_json);
  CHECK_FALSE(bad.message);
  CHECK(bad.bad_json);

  std::istringstream no_length("X: 1\r\n\r\n{}");
  CHECK_FALSE(read_message(no_length).message);

  std::istringstream cut("Content-Length: 10\r\n\r\n{}");
  auto short_body = read_message(cut);
  CHECK_FALSE(short_body.message);
  CHECK(short_body.error == "the input ended inside a message");
}

TEST_CASE("lsp uri: file URIs become paths, percent escapes decoded; other schemes have none") {
  CHECK(distill::lsp::path_of("file:///home/me/My%20App/Dockerfile") == "/home/me/My App/Dockerfile");
  CHECK(distill::lsp::path_of("file://localhost/srv/Dockerfile") == "/srv/Dockerfile");
  CHECK(distill::lsp::path_of("untitled:Untitled-1").empty());
  CHECK(distill::lsp::path_of("file://server/share/Dockerfile").empty());
}
