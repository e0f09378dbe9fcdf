// A rule's view of the configuration: the global settings (trusted registries, label schema, ...) and its own
// options from `rules.<CODE or slug>.<option>`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace distill::lint {

class RuleOptions {
 public:
  RuleOptions(const config::Config& config, const nlohmann::json* own) : config_(config), own_(own) {}

  const config::Config& config() const { return config_; }
  // The option's value, or nullptr when not set.
  const nlohmann::json* get(std::string_view key) const;
  // A list of strings (a single string counts as a list of one); `fallback` when unset or of another type.
  std::vector<std::string> strings(std::string_view key, std::vector<std::string> fallback = {}) const;
  bool boolean(std::string_view key, bool fallback) const;
  long long integer(std::string_view key, long long fallback) const;

 private:
  const config::Config& config_;
  const nlohmann::json* own_;
};

}  // namespace distill::lint
