#include "rewrite/exec_form.h"

#include <nlohmann/json.hpp>

namespace distill::rewrite {

std::string exec_form(const std::vector<std::string>& argv) {
  std::string text = "[";
  for (size_t i = 0; i < argv.size(); ++i) {
    if (i) text += ", ";
    text += nlohmann::json(argv[i]).dump();
  }
  return text + "]";
}

std::string env_value(const std::string& value) {
  bool plain = !value.empty();
  for (char c : value) {
    bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                std::string_view("_./:,@%+=-").find(c) != std::string_view::npos;
    if (!safe) plain = false;
  }
  if (plain) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '\\' || c == '"' || c == '$') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace distill::rewrite
