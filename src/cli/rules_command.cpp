// The rule list comes from the registry (metadata) and the embedded documents (summaries), never a copy.
#include "cli/rules_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/exit_code.h"
#include "lint/catalog.h"
#include "lint/registry.h"

namespace distill::cli {
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

std::string aliases_of(const lint::RuleMeta& meta) {
  std::string out;
  for (std::string_view alias : meta.aliases) out += (out.empty() ? "" : ", ") + std::string(alias);
  return out;
}

int print_rules(const std::string& format) {
  const auto& catalog = lint::rule_catalog();
  std::string out;
  if (format == "json") {
    nlohmann::json rules = nlohmann::json::array();
    for (const lint::RuleEntry& entry : lint::registered_rules()) {
      const lint::RuleMeta& m = *entry.meta;
      std::vector<std::string> aliases(m.aliases.begin(), m.aliases.end());
      rules.push_back({{"code", m.code},
                       {"slug", m.slug},
                       {"category", m.category},
                       {"severity", core::severity_name(m.severity)},
                       {"fix", fix_name(m.fix)},
                       {"aliases", aliases},
                       {"summary", catalog.find(m.code)->summary}});
    }
    out = rules.dump(2) + "\n";
  } else if (format == "md") {
    out = "| code | slug | severity | fix | aliases | what it flags |\n|---|---|---|---|---|---|\n";
    for (const lint::RuleEntry& entry : lint::registered_rules()) {
      const lint::RuleMeta& m = *entry.meta;
      out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", m.code, m.slug, core::severity_name(m.severity),
                         fix_name(m.fix), aliases_of(m), catalog.find(m.code)->summary);
    }
  } else {
    for (const lint::RuleEntry& entry : lint::registered_rules()) {
      const lint::RuleMeta& m = *entry.meta;
      out +=
          fmt::format("{:<7} {:<34} {:<8} {:<9} {}\n", m.code, m.slug, core::severity_name(m.severity),
                      m.fix == lint::FixAvailability::kNone ? "" : "fixable", catalog.find(m.code)->summary);
    }
  }
  std::fputs(out.c_str(), stdout);
  return 0;
}

int explain(const std::string& name) {
  const lint::RuleEntry* entry = lint::find_rule(name);
  if (entry == nullptr) {
    std::fprintf(stderr, "distill: no rule named '%s' (see `distill rules`)\n", name.c_str());
    return core::to_int(core::ExitCode::kUsage);
  }
  const output::RuleInfo* info = lint::rule_catalog().find(entry->meta->code);
  std::string aliases = aliases_of(*entry->meta);
  std::string header = fmt::format("{} {} ({}, {}{})\n", entry->meta->code, entry->meta->slug,
                                   core::severity_name(entry->meta->severity), entry->meta->category,
                                   aliases.empty() ? "" : "; also " + aliases);
  std::fputs(header.c_str(), stdout);
  std::fputs(std::string(info->markdown).c_str(), stdout);
  return 0;
}

}  // namespace

void register_rules_commands(CLI::App& app, std::function<int()>& action) {
  auto format = std::make_shared<std::string>("table");
  CLI::App* rules = app.add_subcommand("rules", "List every rule");
  rules->add_option("--format", *format, "table (default), json or md")
      ->check(CLI::IsMember({"table", "json", "md"}));
  rules->callback([&action, format] { action = [format] { return print_rules(*format); }; });

  auto name = std::make_shared<std::string>();
  CLI::App* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation");
  explain_cmd->add_option("rule", *name, "Rule code, slug or alias (DL3008, apt-get-unpinned)")->required();
  explain_cmd->callback([&action, name] { action = [name] { return explain(*name); }; });
}

}  // namespace distill::cli
