// Builds mapped shell text the way the Dockerfile model does, so the shell tests exercise real mappings.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "core/mapped_text.h"
#include "syntax/shell/script.h"

namespace distill::syntax::shell::testing {

// A script that is its own source (offset i maps to i).
inline core::MappedText plain(std::string_view script) {
  core::MappedText text;
  text.append_source(script, 0, static_cast<uint32_t>(script.size()));
  text.finish(static_cast<uint32_t>(script.size()));
  return text;
}

// The shell text of the instruction whose arguments start at `from` in `dockerfile`: line continuations
// ("\\\n") removed, and comment or empty lines inside the continuation dropped, as BuildKit does.
inline core::MappedText from_dockerfile(std::string_view dockerfile, uint32_t from) {
  core::MappedText text;
  uint32_t run_begin = from;
  uint32_t i = from;
  const auto n = static_cast<uint32_t>(dockerfile.size());
  while (i < n) {
    if (dockerfile[i] == '\\' && i + 1 < n && dockerfile[i + 1] == '\n') {
      text.append_source(dockerfile, run_begin, i);
      i += 2;
      // Skip comment and blank lines that sit inside the continuation.
      while (i < n) {
        uint32_t j = i;
        while (j < n && (dockerfile[j] == ' ' || dockerfile[j] == '\t')) ++j;
        if (j < n && (dockerfile[j] == '#' || dockerfile[j] == '\n')) {
          while (j < n && dockerfile[j] != '\n') ++j;
          i = j < n ? j + 1 : j;
        } else {
          break;
        }
      }
      run_begin = i;
      continue;
    }
    if (dockerfile[i] == '\n') break;
    ++i;
  }
  text.append_source(dockerfile, run_begin, i);
  text.finish(i);
  return text;
}

inline Script parse_ok(const core::MappedText& text) {
  core::Result<Script> result = parse(text);
  if (!result.ok()) FAIL(result.error().describe());
  return std::move(result).value();
}

inline Script parse_ok(std::string_view script) {
  return parse_ok(plain(script));
}

// The Dockerfile bytes a range covers.
inline std::string_view slice(std::string_view dockerfile, core::ByteRange range) {
  return dockerfile.substr(range.begin, range.size());
}

}  // namespace distill::syntax::shell::testing
