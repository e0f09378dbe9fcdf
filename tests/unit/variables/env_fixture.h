// A map-backed Lookup for the variables tests, so each case states its environment inline.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "syntax/variables/expansion.h"

namespace distill::syntax::variables::testing {

using Env = std::map<std::string, std::string, std::less<>>;

inline Lookup lookup_in(const Env& env) {
  return [&env](std::string_view name) -> std::optional<std::string> {
    const auto it = env.find(name);
    if (it == env.end()) return std::nullopt;
    return it->second;
  };
}

// The value of `word`, or "<error>" so a REQUIRE shows what came out instead.
inline std::string value_of(std::string_view word, const Env& env, char escape = '\\') {
  const auto result = expand_word(word, lookup_in(env), escape);
  return result.ok() ? result->value : "<error: " + result.error().message + ">";
}

}  // namespace distill::syntax::variables::testing
