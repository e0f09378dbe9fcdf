// Gives meaning to a Fragment: resolves severity names and label types, checks rule references against the
// registry, and merges into the Config beneath with the documented precedence.
#include "config/compile.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "config/suggest.h"

namespace distill::config {

namespace {

const std::vector<std::string> kOverrideSeverities = {"error", "warning", "info", "style"};
const std::vector<std::string> kThresholds = {"error", "warning", "info", "style", "ignore", "none"};
const std::vector<std::string> kLabelTypes = {"text", "url", "semver", "hash", "rfc3339", "spdx", "email"};

class Compiler {
 public:
  Compiler(const RuleFilter& is_known_rule, Config& config, std::vector<Diagnostic>& diagnostics)
      : is_known_rule_(is_known_rule), config_(config), diagnostics_(diagnostics) {}

  void run(const Fragment& f) {
    overrides(f);
    ignored(f);
    if (f.failure_threshold) failure_threshold(*f.failure_threshold);
    assign(f.no_fail, config_.no_fail);
    append(f.trusted_registries, config_.trusted_registries);
    labels(f);
    assign(f.strict_labels, config_.strict_labels);
    assign(f.disable_ignore_pragma, config_.disable_ignore_pragma);
    if (f.shellcheck) config_.shellcheck = f.shellcheck->value;
    rules(f);
    append(f.formats, config_.formats);
    assign(f.no_color, config_.no_color);
    assign(f.verbose, config_.verbose);
  }

 private:
  void report(const Location& where, std::string message) {
    diagnostics_.push_back(Diagnostic{std::move(message), where.path, where.line, where.column});
  }

  bool known_rule(const Located<std::string>& rule, std::string_view context) {
    if (is_shellcheck_code(rule.value) || !is_known_rule_ || is_known_rule_(rule.value)) return true;
    report(rule.where, fmt::format("unknown rule '{}' in '{}'; skipped", rule.value, context));
    return false;
  }

  void overrides(const Fragment& f) {
    for (const auto& entry : f.overrides) {
      auto severity = core::parse_severity(entry.severity.value);
      if (!severity || *severity == core::Severity::kIgnore) {
        // `ignore`/`none` are thresholds, not overrides: switching a rule off is what `ignored` is for.
        std::string hint = severity ? " (use 'ignored' to switch a rule off)"
                                    : did_you_mean(entry.severity.value, kOverrideSeverities);
        report(entry.severity.where,
               fmt::format("unknown severity '{}' in override; expected error, warning, info or style{}",
                           entry.severity.value, hint));
        continue;
      }
      for (const auto& rule : entry.rules) {
        if (!known_rule(rule, "override." + entry.severity.value)) continue;
        if (auto previous = overridden_here_.find(rule.value);
            previous != overridden_here_.end() && previous->second != *severity) {
          report(rule.where,
                 fmt::format("'{}' is also overridden to {}; the later entry, {}, wins", rule.value,
                             core::severity_name(previous->second), core::severity_name(*severity)));
        }
        overridden_here_[rule.value] = *severity;
        config_.overrides[rule.value] = *severity;
        std::erase(config_.ignored, rule.value);
      }
    }
  }

  void ignored(const Fragment& f) {
    for (const auto& rule : f.ignored) {
      if (!known_rule(rule, "ignored")) continue;
      if (overridden_here_.count(rule.value) != 0) {
        report(rule.where, fmt::format("'{}' is both ignored and overridden; ignoring wins", rule.value));
      }
      config_.overrides.erase(rule.value);
      if (std::find(config_.ignored.begin(), config_.ignored.end(), rule.value) == config_.ignored.end()) {
        config_.ignored.push_back(rule.value);
      }
    }
  }

  void failure_threshold(const Located<std::string>& name) {
    if (auto severity = core::parse_severity(name.value)) {
      config_.failure_threshold = *severity;
      return;
    }
    report(name.where,
           fmt::format("unknown severity '{}' for failure-threshold; expected error, warning, info, "
                       "style, ignore or none{}",
                       name.value, did_you_mean(name.value, kThresholds)));
  }

  void labels(const Fragment& f) {
    for (const auto& entry : f.label_schema) {
      if (std::find(kLabelTypes.begin(), kLabelTypes.end(), entry.type.value) == kLabelTypes.end()) {
        report(entry.type.where,
               fmt::format(
                   "unknown label type '{}' for label '{}'; expected text, url, semver, hash, rfc3339, spdx "
                   "or email{}",
                   entry.type.value, entry.label.value, did_you_mean(entry.type.value, kLabelTypes)));
        continue;
      }
      config_.label_schema[entry.label.value] = entry.type.value;
    }
  }

  void rules(const Fragment& f) {
    for (const auto& entry : f.rules) {
      if (!known_rule(entry.rule, "rules")) continue;
      // Option by option, so a command-line or later file can change one option and keep the others.
      auto& options = config_.rule_options[entry.rule.value];
      if (!options.is_object()) options = nlohmann::json::object();
      options.update(entry.options.value);
    }
  }

  static void assign(const std::optional<Located<bool>>& value, bool& target) {
    if (value) target = value->value;
  }

  static void append(const std::vector<Located<std::string>>& items, std::vector<std::string>& target) {
    for (const auto& item : items) {
      if (std::find(target.begin(), target.end(), item.value) == target.end()) target.push_back(item.value);
    }
  }

  const RuleFilter& is_known_rule_;
  Config& config_;
  std::vector<Diagnostic>& diagnostics_;
  std::map<std::string, core::Severity> overridden_here_;  // this layer's overrides, to spot conflicts
};

}  // namespace

void compile(const Fragment& fragment, const RuleFilter& is_known_rule, Config& config,
             std::vector<Diagnostic>& diagnostics) {
  Compiler(is_known_rule, config, diagnostics).run(fragment);
}

}  // namespace distill::config
