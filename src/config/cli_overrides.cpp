// Maps command-line overrides onto the Fragment vocabulary, one flag name per location.
#include "config/cli_overrides.h"

namespace distill::config {

namespace {

std::vector<Located<std::string>> located(const std::vector<std::string>& items, const std::string& flag) {
  std::vector<Located<std::string>> out;
  for (const auto& item : items) out.push_back({item, Location{flag}});
  return out;
}

std::optional<Located<bool>> located(const std::optional<bool>& value, const std::string& flag) {
  if (!value) return std::nullopt;
  return Located<bool>{*value, Location{flag}};
}

}  // namespace

Fragment fragment_from_cli(const CliOverrides& cli, std::vector<Diagnostic>& diagnostics) {
  Fragment f;
  f.ignored = located(cli.ignored, "--ignore");
  const std::pair<const char*, const std::vector<std::string>*> severities[] = {
      {"error", &cli.override_error},
      {"warning", &cli.override_warning},
      {"info", &cli.override_info},
      {"style", &cli.override_style},
  };
  for (const auto& [severity, rules] : severities) {
    std::string flag = std::string("--") + severity;
    if (!rules->empty())
      f.overrides.push_back(OverrideEntry{{severity, Location{flag}}, located(*rules, flag)});
  }
  if (cli.failure_threshold) {
    f.failure_threshold = Located<std::string>{*cli.failure_threshold, Location{"--failure-threshold"}};
  }
  f.no_fail = located(cli.no_fail, "--no-fail");
  f.trusted_registries = located(cli.trusted_registries, "--trusted-registry");
  f.shellcheck = located(cli.shellcheck, "--shellcheck");
  f.strict_labels = located(cli.strict_labels, "--strict-labels");
  f.disable_ignore_pragma = located(cli.disable_ignore_pragma, "--disable-ignore-pragma");
  for (const auto& label : cli.require_labels) {
    auto colon = label.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == label.size()) {
      diagnostics.push_back(
          Diagnostic{"--require-label expects NAME:TYPE, got '" + label + "'", "--require-label"});
      continue;
    }
    Location where{"--require-label"};
    f.label_schema.push_back(LabelEntry{{label.substr(0, colon), where}, {label.substr(colon + 1), where}});
  }
  return f;
}

}  // namespace distill::config
