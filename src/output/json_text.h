// JSON-based formats serialise through here so that text which is not valid UTF-8 (a Dockerfile can hold
// any bytes) is repaired with U+FFFD instead of making nlohmann::json throw mid-report.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace distill::output {

// Key order is insertion order, so reports read in the order the format documents and stay deterministic.
using Json = nlohmann::ordered_json;

std::string dump_json(const Json& value, int indent = -1);

}  // namespace distill::output
