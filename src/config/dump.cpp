// Emits a Config through yaml-cpp's emitter, which takes care of quoting, so the dump always reads back.
#include "config/dump.h"

#include <yaml-cpp/yaml.h>

#include "config/yaml_json.h"

namespace distill::config {

namespace {

void emit_list(YAML::Emitter& out, const char* key, const std::vector<std::string>& items) {
  out << YAML::Key << key << YAML::Value;
  if (items.empty()) out << YAML::Flow;  // "[]" rather than an empty block
  out << YAML::BeginSeq;
  for (const auto& item : items) out << item;
  out << YAML::EndSeq;
}

}  // namespace

std::string dump(const Config& config) {
  YAML::Emitter out;
  std::string header = config.sources.empty() ? "effective distill configuration: defaults, environment and "
                                                "command line (no config file)"
                                              : "effective distill configuration; file read:";
  for (const auto& source : config.sources) header += " " + source;
  out << YAML::Comment(header);
  out << YAML::BeginMap;

  // An override to `ignore` cannot be written under `override:`, so such rules are listed as ignored.
  std::vector<std::string> ignored = config.ignored;
  std::map<core::Severity, std::vector<std::string>> by_severity;
  for (const auto& [rule, severity] : config.overrides) {
    if (severity == core::Severity::kIgnore) {
      ignored.push_back(rule);
    } else {
      by_severity[severity].push_back(rule);
    }
  }
  emit_list(out, "ignored", ignored);
  out << YAML::Key << "override" << YAML::Value << YAML::BeginMap;
  for (auto severity :
       {core::Severity::kError, core::Severity::kWarning, core::Severity::kInfo, core::Severity::kStyle}) {
    emit_list(out, std::string(core::severity_name(severity)).c_str(), by_severity[severity]);
  }
  out << YAML::EndMap;
  out << YAML::Key << "failure-threshold" << YAML::Value
      << std::string(core::severity_name(config.failure_threshold));
  out << YAML::Key << "no-fail" << YAML::Value << config.no_fail;
  emit_list(out, "trusted-registries", config.trusted_registries);
  out << YAML::Key << "label-schema" << YAML::Value;
  if (config.label_schema.empty()) out << YAML::Flow;
  out << YAML::BeginMap;
  for (const auto& [label, type] : config.label_schema) out << YAML::Key << label << YAML::Value << type;
  out << YAML::EndMap;
  out << YAML::Key << "strict-labels" << YAML::Value << config.strict_labels;
  out << YAML::Key << "disable-ignore-pragma" << YAML::Value << config.disable_ignore_pragma;
  out << YAML::Key << "shellcheck" << YAML::Value << config.shellcheck.value_or(false);
  out << YAML::Key << "rules" << YAML::Value;
  if (config.rule_options.empty()) out << YAML::Flow;
  out << YAML::BeginMap;
  for (const auto& [rule, options] : config.rule_options) {
    out << YAML::Key << rule << YAML::Value;
    emit_json(out, options);
  }
  out << YAML::EndMap;
  emit_list(out, "formats", config.formats);
  out << YAML::Key << "no-color" << YAML::Value << config.no_color;
  out << YAML::Key << "verbose" << YAML::Value << config.verbose;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace distill::config
