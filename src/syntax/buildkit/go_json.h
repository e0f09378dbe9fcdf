// Decides JSON exec form the way BuildKit's parseJSON does with Go's encoding/json.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::buildkit {

enum class JsonArrayKind {
  not_json,          // no leading '[' or not valid JSON: BuildKit falls back to shell form
  not_string_array,  // valid JSON with a non-string element: BuildKit reports an error
  string_array,
};

struct JsonArray {
  JsonArrayKind kind = JsonArrayKind::not_json;
  std::vector<std::string> items;
};

// `text` after leading Unicode whitespace must start with '['; the whole rest must be one valid JSON value
// (Go's json.Unmarshal: trailing JSON whitespace only, nesting up to 10000). Strings decode as Go does:
// invalid UTF-8 and unpaired surrogates become U+FFFD.
JsonArray parse_json_array(std::string_view text);

}  // namespace distill::syntax::buildkit
