// Small helpers shared by the instruction and stage rules (paths, quotes, COPY --from, variables whose value
// is known), so each rule reads the model the same way hadolint and BuildKit do.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "lint/rule_api.h"
#include "syntax/image_ref.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/references.h"

namespace distill::rules::util {

// BuildKit keeps the quotes of shell-form arguments; paths are compared without them (as hadolint does).
inline std::string_view strip_quotes(std::string_view text) {
  while (!text.empty() && (text.front() == '"' || text.front() == '\'')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '"' || text.back() == '\'')) text.remove_suffix(1);
  return text;
}

inline std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A Windows image (nanoserver, servercore, windows): no uid 0, no numeric users, no 65532. A stage built FROM
// another stage of the file is judged by that stage's base; a backtick escape marks a Windows Dockerfile.
inline bool is_windows_stage(const syntax::Dockerfile& file, const syntax::Stage& stage) {
  if (file.escape == '`') return true;
  const syntax::Stage* root = &stage;
  for (size_t hops = 0; root->parent && hops < file.stages.size(); ++hops) root = &file.stages[*root->parent];
  const syntax::ImageRef& image = root->resolved_base;
  for (const std::string& part : {image.name(), image.tag.value_or("")}) {
    for (std::string_view marker : {"windows", "nanoserver", "servercore"}) {
      if (part.find(marker) != std::string::npos) return true;
    }
  }
  return false;
}

// `C:`, `c:\dir`, `d:/dir`: a Windows drive path, absolute for a Windows container.
inline bool is_windows_drive_path(std::string_view path) {
  return path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':' &&
         (path.size() == 2 || path[2] == '\\' || path[2] == '/');
}

// An absolute container path: `/x`, a Windows drive path, or `\x` where the escape character is a backtick
// (a Windows Dockerfile, where backslash is the path separator).
inline bool is_absolute_path(std::string_view path, char escape) {
  return (!path.empty() && path.front() == '/') || is_windows_drive_path(path) ||
         (escape == '`' && !path.empty() && path.front() == '\\');
}

// Whether an argument of COPY/ADD is a heredoc marker (`<<EOF`), which names an inline file, not a path.
inline bool is_heredoc_marker(const syntax::Instruction& in, const syntax::Argument& arg) {
  return std::any_of(in.heredocs.begin(), in.heredocs.end(), [&](const syntax::Heredoc& h) {
    return h.marker.begin < arg.range.end && arg.range.begin < h.marker.end;
  });
}

// A variable name as ARG and ENV define them (not a positional or special parameter such as `$1` or `$@`).
inline bool is_variable_name(std::string_view name) {
  return !name.empty() && !std::isdigit(static_cast<unsigned char>(name.front())) &&
         std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// Whether every variable `text` refers to has a value at the current instruction. BuildKit expands an unset
// variable to "", which would make `$DEST` look like an empty path; rules must treat it as unknown instead.
inline bool variables_known(const Context& ctx, std::string_view text) {
  for (const auto& ref : syntax::variables::find_references(text, ctx.file().escape)) {
    if (ctx.expand("${" + ref.name + "+set}") != "set") return false;
  }
  return true;
}

// `text` with ARG/ENV values expanded, or nullopt when it uses a variable whose value is unknown.
inline std::optional<std::string> expand_known(const Context& ctx, std::string_view text) {
  if (text.find('$') == std::string_view::npos) return std::string(text);
  if (!variables_known(ctx, text)) return std::nullopt;
  return ctx.expand(text);
}

// The base image of a stage with global ARG defaults applied, or nullopt when a variable in it has no
// default (its value comes from --build-arg and is unknown).
inline std::optional<syntax::ImageRef> known_base(const Context& ctx, const Stage& stage) {
  if (!stage.base.has_variables) return stage.base;
  auto scope = syntax::from_scope(ctx.file());
  for (const auto& ref : syntax::variables::find_references(stage.base.text, ctx.file().escape)) {
    if (!scope.get(ref.name)) return std::nullopt;
  }
  if (stage.resolved_base.has_variables) return std::nullopt;
  return stage.resolved_base;
}

// A `COPY --from` value as BuildKit compares it (quotes removed, variables expanded); nullopt when it uses a
// variable whose value is unknown.
inline std::optional<std::string> copy_from_name(const Context& ctx, const syntax::Flag& from) {
  if (!from.value) return std::nullopt;
  auto value = expand_known(ctx, strip_quotes(*from.value));
  if (!value || value->empty()) return std::nullopt;
  return value;
}

// An image reference rather than a stage name: stage names cannot hold ':', '/' or '@'.
inline bool looks_like_image(std::string_view name) {
  return name.find_first_of(":/@") != std::string_view::npos;
}

// A replacement keyword written in the same case style as `written` ("add" -> "copy", "Add" -> "Copy").
inline std::string keyword_like(std::string_view written, std::string_view upper_replacement) {
  bool all_lower = true, all_upper = true;
  for (char c : written) {
    if (std::isupper(static_cast<unsigned char>(c))) all_lower = false;
    if (std::islower(static_cast<unsigned char>(c))) all_upper = false;
  }
  std::string out(upper_replacement);
  if (all_upper) return out;
  out = lower(out);
  if (!all_lower && !out.empty())
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace distill::rules::util
