// Shared by the label-schema rules (DL3049-DL3058): a LABEL key or value as hadolint compares it, and the
// labels of the configured schema. Labels are data, not shell, so plain string handling is enough.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "syntax/variables/references.h"

namespace distill::rules::labels {

// A LABEL key or value with its quotes removed and escapes resolved; variables stay as written (hadolint does
// not expand them either).
inline std::string text(std::string_view word, char escape) {
  std::string out;
  char quote = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (quote == 0 && (c == '"' || c == '\'')) {
      quote = c;
    } else if (quote != 0 && c == quote) {
      quote = 0;
    } else if (c == escape && quote != '\'' && i + 1 < word.size()) {
      out += word[++i];
    } else {
      out += c;
    }
  }
  return out;
}

// The schema's labels of type `type` (every label when `type` is empty), in the schema's order.
inline std::vector<std::string> of_type(const Context& ctx, std::string_view type = {}) {
  std::vector<std::string> out;
  for (const auto& [label, label_type] : ctx.options().config().label_schema) {
    if (type.empty() || label_type == type) out.push_back(label);
  }
  return out;
}

// Reports, for each schema label of `type`, the first pair of a LABEL instruction that sets it to a value
// `valid` rejects: one finding per label and instruction, as hadolint has one check per schema label. Values
// with variables are expanded first, and skipped when the variables have no value before the build.
template <typename Valid>
void check_values(const Instruction& in, Context& ctx, std::string_view type, Valid valid,
                  std::string_view what) {
  if (!in.is("LABEL")) return;
  for (const std::string& label : of_type(ctx, type)) {
    for (const auto& pair : in.pairs) {
      if (text(pair.key, ctx.file().escape) != label) continue;
      std::string value = text(pair.value.value_or(""), ctx.file().escape);
      // hadolint checks `$GIT_SHA` as written and flags it; the build sees its value. Judged on the value
      // when the ARG/ENV in scope give one, and not at all when it is only known at build time.
      if (value.find('$') != std::string::npos) {
        auto refs = syntax::variables::find_references(value, ctx.file().escape);
        bool known = std::all_of(refs.begin(), refs.end(),
                                 [&](const auto& ref) { return ctx.scope().get(ref.name).has_value(); });
        if (!known) continue;
        value = ctx.expand(value);
      }
      if (valid(std::string_view(value))) continue;
      ctx.report(pair.value_range.empty() ? pair.range : pair.value_range,
                 "label " + label + " is " + std::string(what) + " (label-schema type " + std::string(type) +
                     "): '" + value + "'");
      break;
    }
  }
}

}  // namespace distill::rules::labels
