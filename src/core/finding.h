// What a rule reports: a Finding with a code, a severity, a message, an exact source range, and optionally a
// Fix made of Edits. The fixer, the formatter, LSP code actions and the rewriter all speak in Edits.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source.h"

namespace distill::core {

// Ordered from most to least severe; kIgnore switches a rule off.
enum class Severity { kError, kWarning, kInfo, kStyle, kIgnore };

std::string_view severity_name(Severity severity);  // "error", "warning", "info", "style", "ignore"
std::optional<Severity> parse_severity(std::string_view name);  // also accepts "none" for kIgnore

// Replace the bytes in `range` with `replacement`; an empty range inserts.
struct Edit {
  ByteRange range;
  std::string replacement;
  bool operator==(const Edit&) const = default;
};

enum class Applicability {
  kSafe,         // applied by --fix: behaviour of the build is unchanged
  kUnsafe,       // applied only with --unsafe-fixes: may change what the build does
  kDisplayOnly,  // shown as a suggestion, never applied automatically
};

struct Fix {
  std::string title;  // "Add --no-install-recommends"
  std::vector<Edit> edits;
  Applicability applicability = Applicability::kSafe;

  static Fix safe(std::string title, std::vector<Edit> edits) {
    return Fix{std::move(title), std::move(edits), Applicability::kSafe};
  }
  static Fix unsafe(std::string title, std::vector<Edit> edits) {
    return Fix{std::move(title), std::move(edits), Applicability::kUnsafe};
  }
};

struct Finding {
  std::string code;  // "DL3008" or "DI0001"
  std::string slug;  // "apt-get-unpinned"
  Severity severity = Severity::kWarning;
  std::string message;
  ByteRange range;
  std::optional<Fix> fix;
};

}  // namespace distill::core
