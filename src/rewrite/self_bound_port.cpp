#include "rewrite/self_bound_port.h"

#include <array>
#include <string_view>

namespace distill::rewrite {

namespace {

bool binds_port_variable(std::string_view value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
    value = value.substr(1, value.size() - 2);
  // ":$PORT" has an empty host, which gunicorn binds like 0.0.0.0 — the address its PORT default uses.
  constexpr std::array<std::string_view, 4> kSpellings = {":$PORT", ":${PORT}", "0.0.0.0:$PORT",
                                                          "0.0.0.0:${PORT}"};
  for (std::string_view spelling : kSpellings) {
    if (value == spelling) return true;
  }
  return false;
}

bool is_config_option(std::string_view raw) {
  return raw == "-c" || raw == "--config" || raw.starts_with("--config=") ||
         (raw.starts_with("-c") && !raw.starts_with("--"));
}

}  // namespace

std::optional<std::string> drop_self_bound_port(std::vector<syntax::shell::Word>& words,
                                                const StageFacts& facts) {
  if (words.empty() || !words.front().literal) return std::nullopt;
  const std::string& program = *words.front().literal;
  if (program.substr(program.rfind('/') + 1) != "gunicorn") return std::nullopt;
  if (facts.find_env("GUNICORN_CMD_ARGS")) return std::nullopt;
  size_t bind_at = 0, bind_words = 0, binds = 0;
  std::string_view bind_value;
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view raw = words[i].raw;
    if (is_config_option(raw)) return std::nullopt;
    if ((raw == "--bind" || raw == "-b") && i + 1 < words.size()) {
      ++binds, bind_at = i, bind_words = 2, bind_value = words[i + 1].raw;
      ++i;
    } else if (raw.starts_with("--bind=")) {
      ++binds, bind_at = i, bind_words = 1, bind_value = raw.substr(7);
    } else if (raw.starts_with("-b") && raw.size() > 2) {
      ++binds, bind_at = i, bind_words = 1, bind_value = raw.substr(2);
    }
  }
  if (binds != 1 || !binds_port_variable(bind_value)) return std::nullopt;
  std::string dropped;
  for (size_t i = bind_at; i < bind_at + bind_words; ++i)
    dropped += (dropped.empty() ? "" : " ") + words[i].raw;
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(bind_at),
              words.begin() + static_cast<std::ptrdiff_t>(bind_at + bind_words));
  return "gunicorn binds 0.0.0.0:$PORT by itself when PORT is set, so `" + dropped +
         "` was dropped instead of needing a shell to expand it (PORT stays a run-time setting; a "
         "gunicorn.conf.py that sets bind would now take precedence)";
}

}  // namespace distill::rewrite
