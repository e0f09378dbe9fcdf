#include "rewrite/build_context.h"

#include <nlohmann/json.hpp>

namespace distill::rewrite {

std::optional<std::string> BuildContext::read(const std::string& relative) const {
  if (!available()) return std::nullopt;
  auto content = files_->read(dir_ + "/" + relative);
  if (!content) return std::nullopt;
  return std::move(content).value();
}

std::optional<std::string> BuildContext::npm_script(const std::string& name) const {
  auto text = read("package.json");
  if (!text) return std::nullopt;
  auto json = nlohmann::json::parse(*text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return std::nullopt;
  auto scripts = json.find("scripts");
  if (scripts == json.end() || !scripts->is_object()) return std::nullopt;
  auto script = scripts->find(name);
  if (script == scripts->end() || !script->is_string()) return std::nullopt;
  return script->get<std::string>();
}

}  // namespace distill::rewrite
