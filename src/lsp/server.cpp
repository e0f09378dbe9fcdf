#include "lsp/server.h"

#include "core/source.h"
#include "lsp/analysis.h"
#include "lsp/protocol.h"
#include "lsp/uri.h"

#ifndef DISTILL_VERSION
#define DISTILL_VERSION "dev"
#endif

namespace distill::lsp {

namespace {

using nlohmann::json;

// JSON-RPC error codes.
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;

json error_response(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

std::string text_of(const json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

// One entry of didChange's contentChanges applied to `text`: the whole text, or a range replaced.
void apply_change(std::string& text, const json& change) {
  if (!change.is_object() || !change.contains("text") || !change["text"].is_string()) return;
  if (!change.contains("range")) {
    text = change["text"].get<std::string>();
    return;
  }
  core::SourceText source("", text);
  auto begin = offset_of(source, change["range"].value("start", json()));
  auto end = offset_of(source, change["range"].value("end", json()));
  if (!begin || !end || *end < *begin) return;
  text.replace(*begin, *end - *begin, change["text"].get<std::string>());
}

}  // namespace

std::vector<json> Server::handle(const json& message) {
  // A field of the wrong JSON type anywhere in the params: the request is answered with an error, a
  // notification is dropped, and the server stays up.
  try {
    return dispatch(message);
  } catch (const json::exception& e) {
    if (message.is_object() && message.contains("id") && message.contains("method"))
      return {error_response(message["id"], kInvalidParams, std::string("malformed params: ") + e.what())};
    return {};
  }
}

std::vector<json> Server::dispatch(const json& message) {
  std::vector<json> out;
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    // A response to a request we never sent, or garbage: JSON-RPC answers garbage with an error when it can.
    if (message.is_object() && message.contains("id") && !message.contains("result") &&
        !message.contains("error"))
      out.push_back(error_response(message["id"], kInvalidRequest, "not a JSON-RPC request"));
    return out;
  }
  std::string method = message["method"].get<std::string>();
  json params = message.value("params", json::object());
  if (!message.contains("id")) {
    notification(method, params, out);
    return out;
  }
  const json& id = message["id"];
  if (shutdown_) {
    out.push_back(error_response(id, kInvalidRequest, "the server is shutting down"));
    return out;
  }
  json result = answer(method, params);
  if (result.is_object() && result.contains("$error")) {
    out.push_back(error_response(id, result["$error"].get<int>(), result["message"].get<std::string>()));
  } else {
    out.push_back({{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
  }
  return out;
}

json Server::answer(const std::string& method, const json& params) {
  if (method == "initialize") {
    return {{"capabilities",
             {{"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", true}}},
              {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
              {"hoverProvider", true}}},
            {"serverInfo", {{"name", "distill"}, {"version", DISTILL_VERSION}}}};
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/hover") {
    if (!params.contains("textDocument") || !params.contains("position"))
      return {{"$error", kInvalidParams}, {"message", "hover needs textDocument and position"}};
    return hover(params);
  }
  if (method == "textDocument/codeAction") {
    if (!params.contains("textDocument") || !params.contains("range"))
      return {{"$error", kInvalidParams}, {"message", "codeAction needs textDocument and range"}};
    return code_actions(params);
  }
  return {{"$error", kMethodNotFound}, {"message", "distill does not implement " + method}};
}

void Server::notification(const std::string& method, const json& params, std::vector<json>& out) {
  if (method == "exit") {
    exit_requested_ = true;
    return;
  }
  const json document = params.value("textDocument", json::object());
  std::string uri = text_of(document.value("uri", json()));
  if (method == "textDocument/didOpen" && !uri.empty()) {
    Document& doc = documents_[uri];
    doc.text = text_of(document.value("text", json()));
    if (document.contains("version") && document["version"].is_number_integer())
      doc.version = document["version"].get<int64_t>();
    out.push_back(publish(uri));
  } else if (method == "textDocument/didChange" && documents_.count(uri)) {
    Document& doc = documents_[uri];
    for (const json& change : params.value("contentChanges", json::array())) apply_change(doc.text, change);
    if (document.contains("version") && document["version"].is_number_integer())
      doc.version = document["version"].get<int64_t>();
    out.push_back(publish(uri));
  } else if (method == "textDocument/didSave" && documents_.count(uri)) {
    out.push_back(publish(uri));  // a saved .distill.yaml or .dockerignore beside it may have changed
  } else if (method == "textDocument/didClose" && documents_.count(uri)) {
    documents_.erase(uri);
    out.push_back({{"jsonrpc", "2.0"},
                   {"method", "textDocument/publishDiagnostics"},
                   {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  } else if (method == "workspace/didChangeWatchedFiles" || method == "workspace/didChangeConfiguration") {
    for (const auto& [open, doc] : documents_) out.push_back(publish(open));
  }
}

json Server::publish(const std::string& uri) {
  Document& doc = documents_.at(uri);
  doc.analysis = analyze(path_of(uri), doc.text, environment_);
  json params = {{"uri", uri}, {"diagnostics", diagnostics_json(doc.analysis)}};
  if (doc.version) params["version"] = *doc.version;
  return {{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", params}};
}

const Analysis* Server::analysis_of(const json& params) const {
  auto found = documents_.find(text_of(params["textDocument"].value("uri", json())));
  if (found == documents_.end() || !found->second.analysis.file) return nullptr;
  return &found->second.analysis;
}

json Server::hover(const json& params) const {
  const Analysis* analysis = analysis_of(params);
  if (!analysis) return nullptr;
  auto offset = offset_of(analysis->file->source(), params["position"]);
  return offset ? hover_json(*analysis, *offset) : json(nullptr);
}

json Server::code_actions(const json& params) const {
  const Analysis* analysis = analysis_of(params);
  if (!analysis) return json::array();
  const core::SourceText& source = analysis->file->source();
  auto begin = offset_of(source, params["range"].value("start", json()));
  auto end = offset_of(source, params["range"].value("end", json()));
  if (!begin || !end) return json::array();
  return code_actions_json(*analysis, text_of(params["textDocument"].value("uri", json())),
                           {*begin, std::max(*begin, *end)});
}

}  // namespace distill::lsp
