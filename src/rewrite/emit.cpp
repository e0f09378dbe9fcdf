#include "rewrite/emit.h"

#include "core/edits.h"
#include "rewrite/exec_form.h"

namespace distill::rewrite {

namespace {

bool needs_json(const std::string& path) {
  return path.find_first_of(" \t\"'\\$") != std::string::npos;
}

// A step that copies what an earlier-or-later step already copies to the same place, with ownership at least
// as open (recipes add the application directory and, separately, paths that happen to sit inside it).
bool covered_by_another(const std::vector<CopyStep>& copies, size_t index) {
  const CopyStep& step = copies[index];
  if (!step.destination.empty()) return false;
  for (size_t i = 0; i < copies.size(); ++i) {
    const CopyStep& other = copies[i];
    if (i == index || !other.destination.empty() || (step.writable && !other.writable)) continue;
    bool same = other.path == step.path;
    bool inside = other.path == "/" || step.path.starts_with(other.path + "/");
    if (inside || (same && (i < index || other.writable != step.writable))) return true;
  }
  return false;
}

std::string copy_line(const RuntimeStage& runtime, const CopyStep& step) {
  std::string line = "COPY --from=" + runtime.builder_alias;
  if (step.writable) line += " --chown=" + std::to_string(runtime.uid) + ":" + std::to_string(runtime.uid);
  const std::string& destination = step.destination.empty() ? step.path : step.destination;
  if (needs_json(step.path) || needs_json(destination))
    return line + " " + exec_form({step.path, destination});
  return line + " " + step.path + " " + destination;
}

}  // namespace

// The byte range of an instruction's whole lines, with the comment lines directly above it.
core::ByteRange removal_range(const core::SourceText& source, const syntax::Instruction& in) {
  uint32_t line = source.position(in.range.begin).line;
  uint32_t first = line;
  while (first > 1) {
    std::string_view above = source.line_text(first - 1);
    size_t at = above.find_first_not_of(" \t");
    if (at == std::string_view::npos || above[at] != '#') break;
    --first;
  }
  uint32_t begin = source.offset_from_utf16(first, 1);
  uint32_t end = in.range.end;
  std::string_view text = source.text();
  if (end > in.range.begin && text[end - 1] == '\n') return {begin, end};  // the range has its newline
  while (end < text.size() && text[end] != '\n') ++end;
  if (end < text.size()) ++end;
  return {begin, end};
}

core::Result<std::string> emit(const syntax::Dockerfile& file, const syntax::Stage& stage,
                               const RuntimeStage& runtime) {
  const auto& source = file.source();
  const auto& plan = runtime.plan;
  std::vector<core::Edit> edits;
  const auto& from = stage.from();
  if (!from.args.empty()) {
    const auto& image = from.args.front();
    std::string replacement = plan.builder_reference.empty() ? image.text : plan.builder_reference;
    if (!stage.alias) replacement += " AS " + runtime.builder_alias;
    std::string_view written = source.slice(image.range);
    if (replacement != written) edits.push_back({image.range, replacement});
  }
  for (const auto* in : runtime.moved) edits.push_back({removal_range(source, *in), ""});
  edits.insert(edits.end(), runtime.builder_edits.begin(), runtime.builder_edits.end());
  auto builder = core::apply_edits(source.text(), edits);
  if (!builder) return builder.error();
  std::string text = std::move(builder).value();
  while (text.ends_with("\n\n")) text.pop_back();
  if (!text.empty() && !text.ends_with('\n')) text += '\n';
  if (!plan.builder_runs.empty() && !runtime.builder_runs_as_root)
    text += "USER root\n";  // they write /distill
  for (const auto& line : plan.builder_runs) text += "RUN " + line + "\n";
  text += "\nFROM " + plan.runtime.reference + "\n";
  text += "WORKDIR " + runtime.plan_workdir + "\n";
  for (const auto& line : runtime.env_lines) text += line + "\n";
  for (size_t i = 0; i < plan.copies.size(); ++i) {
    if (!covered_by_another(plan.copies, i)) text += copy_line(runtime, plan.copies[i]) + "\n";
  }
  for (const auto& line : runtime.metadata_lines) text += line + "\n";
  for (const auto& line : runtime.command_comments) text += line + "\n";
  if (plan.entrypoint) text += "ENTRYPOINT " + exec_form(*plan.entrypoint) + "\n";
  if (plan.cmd) text += "CMD " + exec_form(*plan.cmd) + "\n";
  return text;
}

}  // namespace distill::rewrite
