// GitHub Actions workflow commands: printed in a job's log, each line becomes an annotation on the pull
// request's diff, with no upload step (unlike SARIF).
#include <fmt/format.h>

#include "output/formats.h"
#include "output/location.h"
#include "output/text_escape.h"

namespace distill::output {
namespace {

// GitHub has three annotation levels; info and style findings are notices.
std::string_view github_command(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return "error";
    case core::Severity::kWarning:
      return "warning";
    case core::Severity::kInfo:
    case core::Severity::kStyle:
    case core::Severity::kIgnore:
      break;
  }
  return "notice";
}

class GithubFormatter final : public Formatter {
 public:
  GithubFormatter(std::ostream& out, const RuleCatalog& rules) : out_(out), rules_(rules) {}

  void file(const FileResult& result) override {
    std::string file = github_escape_property(result.path);
    for (const auto& finding : result.findings) {
      Span span = span_of(result.source, finding.range);
      std::string_view slug = slug_of(finding, rules_);
      std::string title = slug.empty() ? finding.code : fmt::format("{} {}", finding.code, slug);
      out_ << fmt::format("::{} file={},line={},endLine={},col={},endColumn={},title={}::{}\n",
                          github_command(finding.severity), file, span.begin.line, span.end.line,
                          span.begin.column, span.end.column, github_escape_property(title),
                          github_escape_data(finding.message));
    }
  }

  void failure(const core::Error& error) override {
    std::string properties;
    if (!error.path.empty()) properties += "file=" + github_escape_property(error.path) + ",";
    if (error.line > 0) properties += fmt::format("line={},", error.line);
    if (error.line > 0 && error.column > 0) properties += fmt::format("col={},", error.column);
    properties += "title=distill";
    out_ << fmt::format("::error {}::{}\n", properties, github_escape_data(error.message));
  }

  void end(const Summary& /*summary*/) override {}

 private:
  std::ostream& out_;
  const RuleCatalog& rules_;
};

}  // namespace

std::unique_ptr<Formatter> make_github_formatter(std::ostream& out, const RuleCatalog& rules,
                                                 const FormatOptions& /*options*/) {
  return std::make_unique<GithubFormatter>(out, rules);
}

}  // namespace distill::output
