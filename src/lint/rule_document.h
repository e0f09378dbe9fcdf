// Reads a rule's markdown document: the YAML-like front matter (flat `key: value` lines and `[a, b]` lists),
// the sections, the one-line summary, and the bad/good examples (with their config, if any) that the test
// suite runs.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace distill::lint {

struct RuleDocument {
  std::map<std::string, std::string> front_matter;  // raw values: "warning", "[JSONArgsRecommended]"
  std::string body;                                 // everything after the front matter
  std::vector<std::string> sections;                // "## " headings in order
  std::string summary;                              // first paragraph of "What it does", one line
  std::optional<std::string> bad_example;           // first ```dockerfile block under "## Example"
  std::optional<std::string> good_example;          // the ```dockerfile block after "Use instead:"
  // A ```yaml block under "## Example" before the bad example: the .distill.yaml fragment both examples are
  // linted with, for rules that only act when configured (label schema, trusted registries, options).
  std::optional<std::string> example_config;
  // A ```dockerignore block under "## Example" before the bad example: the build context's .dockerignore both
  // examples are linted with, for rules that read the build context.
  std::optional<std::string> example_dockerignore;
};

RuleDocument parse_rule_document(std::string_view markdown);
// "[a, b]" -> {"a", "b"}; "" or "[]" -> {}.
std::vector<std::string> front_matter_list(std::string_view value);

}  // namespace distill::lint
