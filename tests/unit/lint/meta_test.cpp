// Keeps the rule set honest: one explicit sorted registry, unique codes/slugs/aliases, every rule file
// listed, every rule documented (front matter matching its metadata, all sections, examples) and given a
// fixture, slugs that name the flagged pattern.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>

#include "lint/registry.h"
#include "lint/rule_document.h"
#include "test_files.h"

using namespace distill;
namespace fs = std::filesystem;

namespace {

std::string fix_name(lint::FixAvailability fix) {
  switch (fix) {
    case lint::FixAvailability::kAlways:
      return "always";
    case lint::FixAvailability::kSometimes:
      return "sometimes";
    case lint::FixAvailability::kNone:
      break;
  }
  return "none";
}

}  // namespace

TEST_CASE("registry: sorted by code, codes/slugs/aliases unique, every rule file listed once") {
  const auto& rules = lint::registered_rules();
  std::set<std::string> names;
  std::string previous;
  for (const auto& entry : rules) {
    std::string code(entry.meta->code);
    INFO("rule " << code);
    CHECK(code > previous);
    previous = code;
    CHECK(names.insert(code).second);
    CHECK(names.insert(std::string(entry.meta->slug)).second);
    for (auto alias : entry.meta->aliases) CHECK(names.insert(std::string(alias)).second);
    CHECK(std::regex_match(code, std::regex("(DL[0-9]{4}|DI[0-9]{4})")));
  }
  // Every rules/**/<slug>.cpp is a registered rule; registry.cpp lists each factory once.
  std::set<std::string> slugs;
  for (const auto& entry : rules) slugs.insert(std::string(entry.meta->slug));
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(testing::source_dir() / "rules")) {
    if (entry.path().extension() != ".cpp" || entry.path().filename() == "registry.cpp") continue;
    ++files;
    INFO("rule file " << entry.path().string());
    CHECK(slugs.count(entry.path().stem().string()) == 1);
  }
  CHECK(files == rules.size());
  std::string registry = testing::read_file(testing::source_dir() / "rules" / "registry.cpp");
  for (const auto& slug : slugs) {
    std::string factory = "&rules::make_" + std::regex_replace(slug, std::regex("-"), "_") + ",";
    size_t first = registry.find(factory);
    INFO("factory " << factory);
    CHECK(first != std::string::npos);
    CHECK(registry.find(factory, first + 1) == std::string::npos);
  }
}

TEST_CASE("every rule has a complete document matching its metadata, and a fixture") {
  const std::vector<std::string> required = {"What it does", "Why is this bad?", "Example",
                                             "Fix safety",   "Options",          "References"};
  for (const auto& entry : lint::registered_rules()) {
    const lint::RuleMeta& meta = *entry.meta;
    INFO("rule " << meta.code << " " << meta.slug);
    std::string_view markdown = lint::rule_doc(meta.slug);
    REQUIRE_FALSE(markdown.empty());
    auto doc = lint::parse_rule_document(markdown);
    CHECK(doc.front_matter["code"] == meta.code);
    CHECK(doc.front_matter["slug"] == meta.slug);
    CHECK(doc.front_matter["category"] == meta.category);
    CHECK(doc.front_matter["severity"] == core::severity_name(meta.severity));
    CHECK(doc.front_matter["fix"] == fix_name(meta.fix));
    std::vector<std::string> aliases(meta.aliases.begin(), meta.aliases.end());
    CHECK(lint::front_matter_list(doc.front_matter["aliases"]) == aliases);
    for (const auto& section : required) {
      INFO("section " << section);
      CHECK(std::find(doc.sections.begin(), doc.sections.end(), section) != doc.sections.end());
    }
    CHECK_FALSE(doc.summary.empty());
    CHECK(doc.bad_example);
    CHECK(doc.good_example);
    CHECK(fs::exists(testing::fixtures_dir() / "rules" / (std::string(meta.slug) + ".Dockerfile")));
    // Slugs name the flagged pattern ("allow <slug>" reads well), never advice.
    CHECK_FALSE(
        std::regex_search(std::string(meta.slug), std::regex("^(use|avoid|prefer|do-not|dont|no|always)-")));
  }
}
