// The language server's state and its one entry point: a received JSON-RPC message in, the messages to send
// back out (a response, diagnostics). Reading and writing the stream is the caller's (lsp_command.cpp), so
// tests drive the server with plain JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/environment.h"
#include "lsp/analysis.h"

namespace distill::lsp {

class Server {
 public:
  explicit Server(config::Environment environment) : environment_(std::move(environment)) {}

  std::vector<nlohmann::json> handle(const nlohmann::json& message);
  bool exit_requested() const { return exit_requested_; }
  // LSP: 0 when `exit` follows `shutdown`, 1 otherwise.
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Document {
    std::string text;
    std::optional<int64_t> version;
    Analysis analysis;  // of `text`, made when it was last published: hover and code actions read it
  };

  std::vector<nlohmann::json> dispatch(const nlohmann::json& message);
  nlohmann::json answer(const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params,
                    std::vector<nlohmann::json>& out);
  nlohmann::json publish(const std::string& uri);
  const Analysis* analysis_of(const nlohmann::json& params) const;
  nlohmann::json code_actions(const nlohmann::json& params) const;
  nlohmann::json hover(const nlohmann::json& params) const;

  config::Environment environment_;
  std::map<std::string, Document> documents_;
  bool shutdown_ = false;
  bool exit_requested_ = false;
};

}  // namespace distill::lsp
