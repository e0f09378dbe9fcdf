// Typed reads of loosely typed option values; a wrongly typed value falls back instead of failing the run,
// because the config loader already reported it.
#include "lint/rule_options.h"

namespace distill::lint {

const nlohmann::json* RuleOptions::get(std::string_view key) const {
  if (own_ == nullptr || !own_->is_object()) return nullptr;
  auto it = own_->find(std::string(key));
  return it == own_->end() ? nullptr : &*it;
}

std::vector<std::string> RuleOptions::strings(std::string_view key, std::vector<std::string> fallback) const {
  const nlohmann::json* value = get(key);
  if (value == nullptr) return fallback;
  if (value->is_string()) return {value->get<std::string>()};
  if (!value->is_array()) return fallback;
  std::vector<std::string> out;
  for (const auto& item : *value) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

bool RuleOptions::boolean(std::string_view key, bool fallback) const {
  const nlohmann::json* value = get(key);
  return value && value->is_boolean() ? value->get<bool>() : fallback;
}

long long RuleOptions::integer(std::string_view key, long long fallback) const {
  const nlohmann::json* value = get(key);
  return value && value->is_number_integer() ? value->get<long long>() : fallback;
}

}  // namespace distill::lint
