#include "lsp/protocol.h"

#include "lint/catalog.h"

#include <cstdint>

namespace distill::lsp {

namespace {

using nlohmann::json;

// LSP's DiagnosticSeverity: 1 error, 2 warning, 3 information, 4 hint.
int lsp_severity(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return 1;
    case core::Severity::kWarning:
      return 2;
    case core::Severity::kInfo:
      return 3;
    default:
      return 4;
  }
}

json position_json(const core::SourceText& source, uint32_t offset) {
  core::Position p = source.position(offset);
  return {{"line", p.line - 1}, {"character", p.utf16_column - 1}};
}

json finding_diagnostic(const core::SourceText& source, const core::Finding& finding) {
  return {{"range", range_json(source, finding.range)},
          {"severity", lsp_severity(finding.severity)},
          {"code", finding.code},
          {"codeDescription", {{"href", "https://distill.dev/rules/" + finding.slug}}},
          {"source", "distill"},
          {"message", finding.message + " (" + finding.slug + ")"}};
}

bool touches(core::ByteRange a, core::ByteRange b) {
  return a.begin <= b.end && b.begin <= a.end;
}

}  // namespace

json range_json(const core::SourceText& source, core::ByteRange range) {
  return {{"start", position_json(source, range.begin)}, {"end", position_json(source, range.end)}};
}

std::optional<uint32_t> offset_of(const core::SourceText& source, const json& position) {
  if (!position.is_object() || !position.contains("line") || !position.contains("character"))
    return std::nullopt;
  const json& line = position["line"];
  const json& character = position["character"];
  if (!line.is_number_integer() || !character.is_number_integer()) return std::nullopt;
  if (line.get<int64_t>() < 0 || character.get<int64_t>() < 0 || line.get<int64_t>() >= UINT32_MAX ||
      character.get<int64_t>() >= UINT32_MAX)
    return std::nullopt;
  return source.offset_from_utf16(line.get<uint32_t>() + 1, character.get<uint32_t>() + 1);
}

json diagnostics_json(const Analysis& analysis) {
  json out = json::array();
  for (const Problem& problem : analysis.problems) {
    json range = analysis.file ? range_json(analysis.file->source(), problem.range)
                               : json{{"start", {{"line", 0}, {"character", 0}}},
                                      {"end", {{"line", 0}, {"character", 0}}}};
    out.push_back(
        {{"range", range}, {"severity", 1}, {"source", problem.source}, {"message", problem.message}});
  }
  if (!analysis.file) return out;
  for (const core::Finding& finding : analysis.findings) {
    out.push_back(finding_diagnostic(analysis.file->source(), finding));
  }
  return out;
}

json hover_json(const Analysis& analysis, uint32_t offset) {
  if (!analysis.file) return nullptr;
  std::string text;
  std::optional<core::ByteRange> range;
  for (const core::Finding& finding : analysis.findings) {
    if (offset < finding.range.begin || offset > finding.range.end) continue;
    if (!text.empty()) text += "\n\n---\n\n";
    text += "**" + finding.code + "** " + finding.message;
    if (const output::RuleInfo* info = lint::rule_catalog().find(finding.code))
      text += "\n\n" + std::string(info->markdown);
    if (!range) range = finding.range;
  }
  if (!range) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", text}}},
          {"range", range_json(analysis.file->source(), *range)}};
}

json code_actions_json(const Analysis& analysis, const std::string& uri, core::ByteRange requested) {
  json out = json::array();
  if (!analysis.file) return out;
  const core::SourceText& source = analysis.file->source();
  for (const core::Finding& finding : analysis.findings) {
    if (!finding.fix || finding.fix->edits.empty() || !touches(finding.range, requested)) continue;
    json edits = json::array();
    for (const core::Edit& edit : finding.fix->edits) {
      edits.push_back({{"range", range_json(source, edit.range)}, {"newText", edit.replacement}});
    }
    bool safe = finding.fix->applicability == core::Applicability::kSafe;
    out.push_back({{"title", finding.fix->title + " (" + finding.code + ")"},
                   {"kind", "quickfix"},
                   {"diagnostics", json::array({finding_diagnostic(source, finding)})},
                   {"isPreferred", safe},
                   {"edit", {{"changes", {{uri, edits}}}}}});
  }
  return out;
}

}  // namespace distill::lsp
