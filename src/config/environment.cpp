// Reads DISTILL_* variables into a Fragment with the same vocabulary as the config file, so one compile()
// step checks both. Each value is located at its variable's name, which is what a user needs to find it.
#include "config/environment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace distill::config {

Environment process_environment() {
  return [](std::string_view name) -> std::optional<std::string> {
    if (const char* value = std::getenv(std::string(name).c_str())) return std::string(value);
    return std::nullopt;
  };
}

Environment fixed_environment(std::map<std::string, std::string> variables) {
  return [variables = std::move(variables)](std::string_view name) -> std::optional<std::string> {
    if (auto it = variables.find(std::string(name)); it != variables.end()) return it->second;
    return std::nullopt;
  };
}

std::optional<std::string> non_empty(const Environment& env, std::string_view name) {
  if (!env) return std::nullopt;
  auto value = env(name);
  if (!value || value->empty()) return std::nullopt;
  return value;
}

std::optional<bool> parse_bool_word(std::string_view word) {
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "1" || lower == "y" || lower == "yes" || lower == "on" || lower == "true") return true;
  if (lower == "0" || lower == "n" || lower == "no" || lower == "off" || lower == "false") return false;
  return std::nullopt;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = std::min(text.find(',', start), text.size());
    std::string_view item = text.substr(start, comma - start);
    while (!item.empty() && is_space(item.front())) item.remove_prefix(1);
    while (!item.empty() && is_space(item.back())) item.remove_suffix(1);
    if (!item.empty()) items.emplace_back(item);
    start = comma + 1;
  }
  return items;
}

Fragment fragment_from_environment(const Environment& env, std::vector<Diagnostic>& diagnostics) {
  Fragment f;
  auto list = [&](std::string_view name) {
    std::vector<Located<std::string>> items;
    if (auto value = non_empty(env, name)) {
      for (auto& item : split_list(*value)) items.push_back({std::move(item), Location{std::string(name)}});
    }
    return items;
  };
  auto boolean = [&](std::string_view name) -> std::optional<Located<bool>> {
    auto value = non_empty(env, name);
    if (!value) return std::nullopt;
    if (auto parsed = parse_bool_word(*value)) return Located<bool>{*parsed, Location{std::string(name)}};
    diagnostics.push_back(Diagnostic{
        fmt::format("{}: expected 1, y, yes, on or true, or 0, n, no, off or false; got '{}'", name, *value),
        std::string(name)});
    return std::nullopt;
  };

  f.ignored = list("DISTILL_IGNORE");
  for (std::string severity : {"error", "warning", "info", "style"}) {
    std::string upper = severity;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](char c) { return std::toupper(c); });
    std::string name = "DISTILL_OVERRIDE_" + upper;
    if (auto rules = list(name); !rules.empty()) {
      f.overrides.push_back(OverrideEntry{{severity, Location{name}}, std::move(rules)});
    }
  }
  if (auto value = non_empty(env, "DISTILL_FAILURE_THRESHOLD")) {
    f.failure_threshold = Located<std::string>{*value, Location{"DISTILL_FAILURE_THRESHOLD"}};
  }
  f.no_fail = boolean("DISTILL_NO_FAIL");
  f.strict_labels = boolean("DISTILL_STRICT_LABELS");
  f.disable_ignore_pragma = boolean("DISTILL_DISABLE_IGNORE_PRAGMA");
  f.shellcheck = boolean("DISTILL_SHELLCHECK");
  f.trusted_registries = list("DISTILL_TRUSTED_REGISTRIES");
  return f;
}

std::optional<std::string> config_path_from_environment(const Environment& env) {
  return non_empty(env, "DISTILL_CONFIG");
}

}  // namespace distill::config
