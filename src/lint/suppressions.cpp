// A suppression name matches a finding by code, slug or alias (SC codes by code); BuildKit's skip=all matches
// every rule that has a BuildKit check name. The file's `# check=skip=` leaves alone the experimental checks
// that its `experimental=` turned on.
#include "lint/suppressions.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "lint/registry.h"
#include "lint/severity.h"

namespace distill::lint {
namespace {

bool matches(std::string_view name, const core::Finding& finding, const Suppression& s,
             const Pragmas& pragmas) {
  const RuleEntry* entry = find_rule(finding.code);
  // As in BuildKit, the file's skip list does not apply to the experimental checks it turned on.
  bool file_directive = s.buildkit && s.scope == Suppression::Scope::kGlobal;
  if (file_directive && entry != nullptr && experimental_enabled(pragmas, *entry->meta)) return false;
  if (core::iequals(name, finding.code) || core::iequals(name, finding.slug)) return true;
  if (entry == nullptr) return false;
  if (s.buildkit && name == "all") return has_buildkit_alias(*entry->meta);
  return find_rule(name) == entry;
}

bool known_name(std::string_view name, bool buildkit) {
  return find_rule(name) != nullptr || core::is_shellcheck_code(name) || core::is_hadolint_code(name) ||
         (buildkit && name == "all");
}

// DL1001 (off by default): every inline suppression, for teams that want exclusions in the config file only.
// BuildKit's file-wide `# check=skip=` directive is configuration, not an inline pragma.
void report_pragma_use(const std::vector<const Suppression*>& active, const config::Config& config,
                       const Pragmas& pragmas, std::vector<core::Finding>& out) {
  const RuleEntry* rule = find_rule("inline-ignore-pragma");
  if (rule == nullptr) return;
  core::Severity severity = configured_severity(*rule->meta, config, pragmas);
  if (severity == core::Severity::kIgnore) return;
  for (const Suppression* s : active) {
    if (s->buildkit && s->scope == Suppression::Scope::kGlobal) continue;
    core::Finding finding;
    finding.code = std::string(rule->meta->code);
    finding.slug = std::string(rule->meta->slug);
    finding.severity = severity;
    finding.message =
        "inline suppression pragma; fix the finding, or exclude the rule in the configuration file";
    finding.range = s->comment;
    out.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<core::Finding> apply_suppressions(std::vector<core::Finding> findings, const Pragmas& pragmas,
                                              const config::Config& config, bool report_unused) {
  std::vector<const Suppression*> active;
  for (const Suppression& s : pragmas.suppressions) {
    bool file_directive = s.buildkit && s.scope == Suppression::Scope::kGlobal;
    if (config.disable_ignore_pragma && !file_directive) continue;
    active.push_back(&s);
  }
  // used[i][k]: name k of suppression i silenced at least one finding.
  std::vector<std::vector<bool>> used(active.size());
  for (size_t i = 0; i < active.size(); ++i) used[i].assign(active[i]->names.size(), false);

  std::vector<core::Finding> kept;
  for (core::Finding& finding : findings) {
    bool suppressed = false;
    for (size_t i = 0; i < active.size(); ++i) {
      const Suppression& s = *active[i];
      if (!(s.target.begin <= finding.range.begin &&
            finding.range.begin < std::max(s.target.end, s.target.begin + 1))) {
        continue;
      }
      for (size_t k = 0; k < s.names.size(); ++k) {
        if (matches(s.names[k], finding, s, pragmas)) {
          used[i][k] = true;
          suppressed = true;
        }
      }
    }
    if (!suppressed) kept.push_back(std::move(finding));
  }

  if (!report_unused) return kept;
  report_pragma_use(active, config, pragmas, kept);
  const RuleEntry* meta_rule = find_rule("unused-suppression");
  if (meta_rule == nullptr) return kept;
  core::Severity severity = configured_severity(*meta_rule->meta, config, pragmas);
  if (severity == core::Severity::kIgnore) return kept;
  for (size_t i = 0; i < active.size(); ++i) {
    const Suppression& s = *active[i];
    for (size_t k = 0; k < s.names.size(); ++k) {
      std::string message;
      if (!known_name(s.names[k], s.buildkit)) {
        message = "suppression names an unknown rule '" + s.names[k] + "'";
      } else if (!used[i][k] && find_rule(s.names[k]) != nullptr) {
        message = "suppression of '" + s.names[k] + "' silences nothing here";
      } else {
        continue;
      }
      core::Finding finding;
      finding.code = std::string(meta_rule->meta->code);
      finding.slug = std::string(meta_rule->meta->slug);
      finding.severity = severity;
      finding.message = std::move(message);
      finding.range = s.name_ranges[k];
      kept.push_back(std::move(finding));
    }
  }
  return kept;
}

}  // namespace distill::lint
