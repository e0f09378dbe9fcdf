// A config layer as written — a file, the DISTILL_* environment or the command line — with every value still
// carrying where it came from, so that compiling it into a Config can point at each problem it finds.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace distill::config {

// path is a config file, an environment variable name or a command-line flag; line/column are 1-based, 0 when
// the source has no lines (environment, command line).
struct Location {
  std::string path;
  uint32_t line = 0;
  uint32_t column = 0;
};

template <typename T>
struct Located {
  T value;
  Location where;
};

// One `override:` severity and its rules; the severity stays a name so that compile() reports a bad one.
struct OverrideEntry {
  Located<std::string> severity;
  std::vector<Located<std::string>> rules;
};

struct LabelEntry {
  Located<std::string> label;
  Located<std::string> type;
};

struct RuleOptionsEntry {
  Located<std::string> rule;
  Located<nlohmann::json> options;  // always a JSON object
};

// Only what the layer sets: an absent optional or an empty list leaves the layer below untouched.
struct Fragment {
  std::vector<Located<std::string>> ignored;
  std::vector<OverrideEntry> overrides;
  std::optional<Located<std::string>> failure_threshold;
  std::optional<Located<bool>> no_fail;
  std::vector<Located<std::string>> trusted_registries;
  std::vector<LabelEntry> label_schema;
  std::optional<Located<bool>> strict_labels;
  std::optional<Located<bool>> disable_ignore_pragma;
  std::optional<Located<bool>> shellcheck;
  std::vector<RuleOptionsEntry> rules;
  // hadolint's presentation keys, kept so that `distill config --dump` and the CLI can honour them.
  std::vector<Located<std::string>> formats;
  std::optional<Located<bool>> no_color;
  std::optional<Located<bool>> verbose;
};

}  // namespace distill::config
