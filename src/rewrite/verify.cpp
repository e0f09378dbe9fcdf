#include "rewrite/verify.h"

#include <set>

#include "config/config.h"
#include "lint/engine.h"
#include "syntax/parser.h"

namespace distill::rewrite {

std::vector<Refusal> verify(const std::string& path, const std::string& text, bool expect_nonroot) {
  std::vector<Refusal> problems;
  syntax::Parser parser;
  auto parsed = parser.parse(core::SourceText(path, text));
  if (!parsed) return {{"verify", "the rewrite is not valid text: " + parsed.error().message, std::nullopt}};
  const auto& file = *parsed;
  for (const auto& error : file.errors) {
    problems.push_back({"verify", "the rewrite does not parse: " + error.message, error.range});
  }
  if (!problems.empty() || file.stages.empty()) return problems;
  // Rules whose findings in the runtime stage mean the rewrite itself is wrong.
  static const std::set<std::string, std::less<>> kGate = {"DL3000", "DL3025", "DL4003", "DL4004", "DI0001",
                                                           "DI0002", "DI0011", "DI0012", "DL3021", "DL3022"};
  uint32_t runtime_begin = file.stages.back().from().range.begin;
  config::Config config;
  for (const auto& finding : lint::lint(file, config)) {
    if (finding.range.begin < runtime_begin) continue;
    bool gated = kGate.contains(finding.code) || (expect_nonroot && finding.code == "DI0004") ||
                 finding.severity == core::Severity::kError;
    if (gated) {
      problems.push_back(
          {"verify", "the rewrite fails " + finding.code + ": " + finding.message, finding.range});
    }
  }
  return problems;
}

}  // namespace distill::rewrite
