// `distill config --dump`: the effective configuration as YAML, so users can see what all the layers added up
// to and paste it into a .distill.yaml.
#pragma once

#include <string>

#include "config/config.h"

namespace distill::config {

// Every setting, defaults included, with kebab-case keys in the order of the docs; loading the output again
// yields the same Config (apart from `sources`, which is written as a comment). An unset `shellcheck` is
// written as its effective value, false.
std::string dump(const Config& config);

}  // namespace distill::config
