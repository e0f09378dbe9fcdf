// Fixture files (fixtures/rules/<slug>.Dockerfile) carry their expectations inline: a comment `# ^ CODE` on
// the line after an instruction expects one finding of CODE on that instruction. Only the fixture's own rule
// runs; every finding must be expected and every expectation met.
// Configuration: a sidecar with the same name ending in .config.yaml instead of .Dockerfile (a .distill.yaml
// fragment, e.g. fixtures/rules/label-empty.config.yaml) is loaded on top of the defaults. A rule that needs
// several configurations adds variants, fixtures/rules/<slug>.<variant>.Dockerfile (any variant name but
// "fixed", which marks expected fix output), each with its own optional sidecar; a variant may expect nothing
// (say, to show a rule is inert without configuration), the main fixture may not.
// Build context: a sidecar ending in .dockerignore instead of .Dockerfile is the context's .dockerignore for
// that fixture (rules that compare COPY sources with it stay silent without one).
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <sstream>

#include "config_yaml.h"
#include "lint_helpers.h"
#include "test_files.h"

using namespace distill;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  uint32_t first_line, last_line;  // the instruction (or line) the `# ^` points at
  std::string code;
};

// Line ranges of instructions, to attach an expectation below a multi-line instruction to all of its lines.
std::vector<std::pair<uint32_t, uint32_t>> instruction_lines(const syntax::Dockerfile& file) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const auto* in : file.all_instructions()) {
    uint32_t end = in->range.end > in->range.begin ? in->range.end - 1 : in->range.begin;
    out.emplace_back(file.source().position(in->range.begin).line, file.source().position(end).line);
  }
  return out;
}

std::vector<Expectation> read_expectations(const syntax::Dockerfile& file) {
  std::vector<Expectation> out;
  auto ranges = instruction_lines(file);
  const core::SourceText& src = file.source();
  uint32_t target = 0;
  for (uint32_t line = 1; line <= src.line_count(); ++line) {
    std::string_view text = src.line_text(line);
    auto caret = text.find("# ^");
    if (caret == std::string_view::npos ||
        text.substr(0, caret).find_first_not_of(" \t") != std::string_view::npos) {
      if (!text.empty()) target = line;
      continue;
    }
    uint32_t first = target, last = target;
    for (auto [a, b] : ranges) {
      if (a <= target && target <= b) first = a, last = b;
    }
    std::istringstream words{std::string(text.substr(caret + 3))};
    std::string code;
    while (words >> code) {
      if (code.back() == ':') code.pop_back();
      out.push_back(Expectation{first, last, code});
      break;  // one code per line; a message may follow after ':'
    }
  }
  return out;
}

}  // namespace

TEST_CASE("rule fixtures: every finding expected, every expectation met") {
  fs::path dir = testing::fixtures_dir() / "rules";
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".Dockerfile" || name.find(".fixed.") != std::string::npos) continue;
    std::string stem = entry.path().stem().string();
    std::string slug = stem.substr(0, stem.find('.'));
    bool variant = slug != stem;
    if (!testing::rule_selected(slug)) continue;
    const lint::RuleEntry* rule = lint::find_rule(slug);
    INFO("fixture " << name);
    REQUIRE(rule != nullptr);
    auto file = testing::parse_text(testing::read_file(entry.path()), name);
    config::Config base;
    fs::path sidecar = entry.path().parent_path() / (stem + ".config.yaml");
    if (fs::exists(sidecar)) {
      auto diagnostics = testing::apply_config_yaml(testing::read_file(sidecar), sidecar.string(), base);
      for (const auto& d : diagnostics) FAIL_CHECK(config::describe(d));
    }
    config::Config config = testing::only_rules({slug}, base);
    if (rule->meta->severity == core::Severity::kIgnore) config.overrides[slug] = core::Severity::kInfo;
    std::optional<lint::ContextIgnore> ignore;
    fs::path ignore_file = entry.path().parent_path() / (stem + ".dockerignore");
    if (fs::exists(ignore_file)) ignore = testing::dockerignore(testing::read_file(ignore_file));
    auto findings = lint::lint(file, config, ignore ? &*ignore : nullptr);
    auto expected = read_expectations(file);
    std::vector<bool> met(expected.size(), false);
    for (const core::Finding& f : findings) {
      uint32_t line = file.source().position(f.range.begin).line;
      bool matched = false;
      for (size_t i = 0; i < expected.size() && !matched; ++i) {
        if (!met[i] && expected[i].code == f.code && expected[i].first_line <= line &&
            line <= expected[i].last_line) {
          met[i] = matched = true;
        }
      }
      INFO("finding " << f.code << " at line " << line << ": " << f.message);
      CHECK(matched);
    }
    for (size_t i = 0; i < expected.size(); ++i) {
      INFO("expected " << expected[i].code << " on lines " << expected[i].first_line << "-"
                       << expected[i].last_line);
      CHECK(met[i]);
    }
    if (variant) continue;
    CHECK_FALSE(expected.empty());
    ++checked;
  }
  if (std::getenv("DISTILL_RULES") == nullptr) CHECK(checked == lint::registered_rules().size());
}
