// Shared by the config tests: a stand-in rule registry, fixture paths, and diagnostics in a form that one
// CHECK can compare exactly.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "test_files.h"

namespace distill::config::testing {

// The rules these tests pretend the registry has: a few hadolint codes and one slug.
inline bool known_rule(std::string_view rule) {
  static const std::set<std::string, std::less<>> kKnown = {
      "DL3006", "DL3008", "DL3009", "DL3013", "DL3018", "DL3026",           "DL3049",
      "DL3059", "DL4006", "DL3001", "DL3002", "DL3003", "apt-get-unpinned",
  };
  return kKnown.count(rule) != 0;
}

inline std::string fixture(const std::string& name) {
  return (distill::testing::fixtures_dir() / "config" / name).string();
}

// "line:col: message" for each diagnostic of `path`, in order; the path is checked separately.
inline std::vector<std::string> located(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics)
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  return out;
}

}  // namespace distill::config::testing
