// Per-rule options are stored as JSON (the linter's and the LSP's lingua franca) but written in YAML; these
// convert between the two, typing plain scalars so `max: 3` is a number and `max: "3"` a string.
#pragma once

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

namespace distill::config {

// Plain scalars become null, bool (yaml-cpp's words, as for top-level keys), integer or float when they look
// like one (YAML 1.2 core schema otherwise); quoted scalars stay strings.
nlohmann::json yaml_to_json(const YAML::Node& node);

// Writes `value` into an emitter that is positioned where a value is expected.
void emit_json(YAML::Emitter& out, const nlohmann::json& value);

}  // namespace distill::config
