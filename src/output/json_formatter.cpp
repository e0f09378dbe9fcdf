// distill's own machine format: everything a finding carries, streamed one file per line so a consumer
// (or a pipe) sees results as files are linted.
//
// Document shape (format version 1; fields are only ever added, never renamed):
//   {"version": 1,
//    "tool": {"name": "distill", "version": "<tool version>"},
//    "files": [
//      {"path": "<as given>",
//       "findings": [
//         {"code": "DL3008", "slug": "apt-get-unpinned", "severity": "error|warning|info|style",
//          "message": "...", "doc_url": "<doc_url_base><slug>",        (doc_url only when the slug is known)
//          "line": 1, "column": 1, "end_line": 1, "end_column": 5,      (1-based; columns are UTF-8 bytes;
//          "utf16_column": 1, "end_utf16_column": 5,                      end is exclusive)
//          "offset": 0, "end_offset": 4,                                  (byte offsets into the file)
//          "fix": {"title": "...", "applicability": "safe|unsafe|display-only",   (only when fixable)
//                  "edits": [{"line", "column", "end_line", "end_column", "replacement"}]}}]}],
//    "failures": [{"path": "...", "line": 0, "column": 0, "message": "..."}],   (0 = unknown)
//    "summary": {"files", "failures", "errors", "warnings", "infos", "styles", "fixable",
//                "failure_threshold", "failed"}}
// Text that is not valid UTF-8 is written with U+FFFD in its place.
#include <vector>

#include "output/formats.h"
#include "output/json_text.h"
#include "output/location.h"

namespace distill::output {
namespace {

std::string_view applicability_name(core::Applicability applicability) {
  switch (applicability) {
    case core::Applicability::kSafe:
      return "safe";
    case core::Applicability::kUnsafe:
      return "unsafe";
    case core::Applicability::kDisplayOnly:
      return "display-only";
  }
  return "safe";
}

class JsonFormatter final : public Formatter {
 public:
  JsonFormatter(std::ostream& out, const RuleCatalog& rules, FormatOptions options)
      : out_(out), rules_(rules), options_(std::move(options)) {}

  void begin() override {
    if (begun_) return;
    begun_ = true;
    Json tool{{"name", "distill"}, {"version", options_.tool_version}};
    out_ << "{\"version\":1,\"tool\":" << dump_json(tool) << ",\"files\":[";
  }

  void file(const FileResult& result) override {
    begin();  // tolerate callers that skip begin(): the document must still be well-formed
    Json findings = Json::array();
    for (const auto& finding : result.findings) findings.push_back(finding_json(result.source, finding));
    Json entry{{"path", result.path}, {"findings", std::move(findings)}};
    out_ << (files_ == 0 ? "\n" : ",\n") << dump_json(entry);
    ++files_;
  }

  void failure(const core::Error& error) override {
    failures_.push_back(Json{
        {"path", error.path}, {"line", error.line}, {"column", error.column}, {"message", error.message}});
  }

  void end(const Summary& summary) override {
    begin();
    Json totals{
        {"files", summary.files},     {"failures", summary.failures},
        {"errors", summary.errors},   {"warnings", summary.warnings},
        {"infos", summary.infos},     {"styles", summary.styles},
        {"fixable", summary.fixable}, {"failure_threshold", core::severity_name(summary.failure_threshold)},
        {"failed", summary.failed}};
    out_ << (files_ == 0 ? "" : "\n") << "],\"failures\":" << dump_json(failures_)
         << ",\"summary\":" << dump_json(totals) << "}\n";
  }

 private:
  Json finding_json(const core::SourceText* source, const core::Finding& finding) const {
    Span span = span_of(source, finding.range);
    std::string_view slug = slug_of(finding, rules_);
    Json entry{{"code", finding.code},
               {"slug", slug},
               {"severity", core::severity_name(finding.severity)},
               {"message", finding.message}};
    if (!slug.empty()) entry["doc_url"] = options_.doc_url_base + std::string(slug);
    entry["line"] = span.begin.line;
    entry["column"] = span.begin.column;
    entry["end_line"] = span.end.line;
    entry["end_column"] = span.end.column;
    entry["utf16_column"] = span.begin.utf16_column;
    entry["end_utf16_column"] = span.end.utf16_column;
    entry["offset"] = finding.range.begin;
    entry["end_offset"] = finding.range.end;
    if (finding.fix) {
      Json edits = Json::array();
      for (const auto& edit : finding.fix->edits) {
        Span at = span_of(source, edit.range);
        edits.push_back(Json{{"line", at.begin.line},
                             {"column", at.begin.column},
                             {"end_line", at.end.line},
                             {"end_column", at.end.column},
                             {"replacement", edit.replacement}});
      }
      entry["fix"] = Json{{"title", finding.fix->title},
                          {"applicability", applicability_name(finding.fix->applicability)},
                          {"edits", std::move(edits)}};
    }
    return entry;
  }

  std::ostream& out_;
  const RuleCatalog& rules_;
  FormatOptions options_;
  bool begun_ = false;
  size_t files_ = 0;
  Json failures_ = Json::array();  // failures are few; they are written with the closing summary
};

}  // namespace

std::unique_ptr<Formatter> make_json_formatter(std::ostream& out, const RuleCatalog& rules,
                                               const FormatOptions& options) {
  return std::make_unique<JsonFormatter>(out, rules, options);
}

}  // namespace distill::output
