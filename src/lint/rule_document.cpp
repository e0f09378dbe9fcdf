// The documents are ours and follow one template (rules/new-rule writes it), so a line-based reader suffices.
#include "lint/rule_document.h"

#include "core/text.h"

#include <sstream>

namespace distill::lint {
namespace {

using core::trim;

}  // namespace

std::vector<std::string> front_matter_list(std::string_view value) {
  value = trim(value);
  if (!value.empty() && value.front() == '[') value.remove_prefix(1);
  if (!value.empty() && value.back() == ']') value.remove_suffix(1);
  std::vector<std::string> out;
  while (!value.empty()) {
    size_t comma = value.find(',');
    std::string_view item = trim(value.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return out;
}

RuleDocument parse_rule_document(std::string_view markdown) {
  RuleDocument doc;
  std::istringstream in{std::string(markdown)};
  std::string line;
  bool in_front = false, front_done = false;
  std::string section;
  bool want_good = false;
  bool in_block = false;
  bool block_is_dockerfile = false;
  bool block_is_yaml = false;
  bool block_is_dockerignore = false;
  std::string block;
  bool summary_open = false;
  while (std::getline(in, line)) {
    std::string_view t = trim(line);
    if (!front_done) {
      if (t == "---") {
        if (in_front) front_done = true;
        in_front = true;
        continue;
      }
      if (in_front) {
        auto colon = t.find(':');
        if (colon != std::string_view::npos) {
          doc.front_matter[std::string(trim(t.substr(0, colon)))] = std::string(trim(t.substr(colon + 1)));
        }
        continue;
      }
      front_done = true;  // no front matter
    }
    doc.body += line + "\n";
    if (in_block) {
      if (t.substr(0, 3) == "```") {
        in_block = false;
        if (block_is_dockerfile && section == "Example") {
          if (!doc.bad_example) {
            doc.bad_example = block;
          } else if (want_good && !doc.good_example) {
            doc.good_example = block;
          }
        }
        if (block_is_yaml && section == "Example" && !doc.bad_example && !doc.example_config) {
          doc.example_config = block;
        }
        if (block_is_dockerignore && section == "Example" && !doc.bad_example && !doc.example_dockerignore) {
          doc.example_dockerignore = block;
        }
      } else {
        block += line + "\n";
      }
      continue;
    }
    if (t.substr(0, 3) == "```") {
      in_block = true;
      block_is_dockerfile = trim(t.substr(3)) == "dockerfile";
      block_is_yaml = trim(t.substr(3)) == "yaml";
      block_is_dockerignore = trim(t.substr(3)) == "dockerignore";
      block.clear();
      continue;
    }
    if (t.substr(0, 3) == "## ") {
      section = std::string(trim(t.substr(3)));
      doc.sections.push_back(section);
      summary_open = section == "What it does";
      continue;
    }
    if (section == "Example" && t.substr(0, 12) == "Use instead:") want_good = true;
    if (summary_open) {
      if (t.empty()) {
        if (!doc.summary.empty()) summary_open = false;  // the first paragraph is over
      } else {
        if (!doc.summary.empty()) doc.summary += ' ';
        doc.summary += t;
      }
    }
  }
  return doc;
}

}  // namespace distill::lint
