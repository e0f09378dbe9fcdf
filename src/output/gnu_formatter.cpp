// The GNU coding standards' error format, which Emacs compilation-mode, Vim's quickfix and most editors
// parse: `file:line.col-endline.endcol: severity: [CODE] message`, the end being the last character
// (inclusive).
#include <fmt/format.h>

#include "output/formats.h"
#include "output/location.h"
#include "output/text_escape.h"

namespace distill::output {
namespace {

// Emacs and Vim know error, warning and note (GCC's word for remarks); anything else would read as an error.
std::string_view gnu_severity(core::Severity severity) {
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
  return "note";
}

class GnuFormatter final : public Formatter {
 public:
  explicit GnuFormatter(std::ostream& out) : out_(out) {}

  void file(const FileResult& result) override {
    for (const auto& finding : result.findings) {
      Span span = span_of(result.source, finding.range);
      out_ << fmt::format("{}:{}.{}-{}.{}: {}: [{}] {}\n", result.path, span.begin.line, span.begin.column,
                          span.last.line, span.last.column, gnu_severity(finding.severity), finding.code,
                          single_line(finding.message));
    }
  }

  void failure(const core::Error& error) override {
    std::string where = error.path;
    if (error.line > 0) where += fmt::format(":{}", error.line);
    if (error.line > 0 && error.column > 0) where += fmt::format(".{}", error.column);
    // Without a file the GNU form is `program: message`.
    out_ << fmt::format("{}: error: {}\n", where.empty() ? "distill" : where, single_line(error.message));
  }

  void end(const Summary& /*summary*/) override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Formatter> make_gnu_formatter(std::ostream& out, const RuleCatalog& /*rules*/,
                                              const FormatOptions& /*options*/) {
  return std::make_unique<GnuFormatter>(out);
}

}  // namespace distill::output
