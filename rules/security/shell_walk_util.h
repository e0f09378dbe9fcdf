// Helpers for the RUN rules that look at a whole script rather than one dispatched command (sudo anywhere in
// a wrapper chain, pipelines, $(…) operands): every script a RUN runs, `sh -c '…'` strings included, and
// small shared predicates over shell words.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "lint/rule_api.h"
#include "syntax/shell/inline_script.h"

namespace distill::rules::shell_walk {

using syntax::shell::Script;

namespace detail {

template <typename Visit>
void visit_script(const Script& script, int depth, Visit& visit) {
  visit(script);
  if (depth >= 2) return;  // as deep as the engine goes, against pathological nesting
  for (const Command& command : script.commands) {
    if (auto inner = syntax::shell::parse_inline_script(command); inner && inner->ok())
      visit_script(inner->value(), depth + 1, visit);
  }
}

}  // namespace detail

// Calls visit(const Script&) for each script of a RUN (shell form and heredoc bodies) and for the script of
// every `sh -c '…'` inside them, nested ones too (two levels, like the engine's command dispatch).
template <typename Visit>
void for_each_script(const Instruction& run, Context& ctx, Visit visit) {
  for (const Script& script : ctx.scripts(run)) detail::visit_script(script, 0, visit);
}

inline std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "sudo" for "/usr/bin/sudo"; the text unchanged when it has no slash.
inline std::string_view basename(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The shells whose stdin (or a file operand) is a script: sh, bash, dash, ash, zsh, ksh, mksh.
inline bool is_shell(std::string_view basename) {
  return syntax::shell::is_shell(basename);
}

// The source range from the start of `a` to the end of `b`.
inline core::ByteRange span(core::ByteRange a, core::ByteRange b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

}  // namespace distill::rules::shell_walk
