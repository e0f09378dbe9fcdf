// Checkstyle XML, which Jenkins (Warnings NG), reviewdog and many CI dashboards import.
#include <fmt/format.h>

#include "output/formats.h"
#include "output/location.h"
#include "output/text_escape.h"

namespace distill::output {
namespace {

// Checkstyle knows error, warning, info and ignore; style findings are informational there.
std::string_view checkstyle_severity(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return "error";
    case core::Severity::kWarning:
      return "warning";
    case core::Severity::kInfo:
    case core::Severity::kStyle:
      return "info";
    case core::Severity::kIgnore:
      break;
  }
  return "ignore";
}

class CheckstyleFormatter final : public Formatter {
 public:
  explicit CheckstyleFormatter(std::ostream& out) : out_(out) {}

  void begin() override {
    if (begun_) return;
    begun_ = true;
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  }

  void file(const FileResult& result) override {
    begin();
    if (result.findings.empty()) {
      out_ << fmt::format("  <file name=\"{}\"/>\n", xml_escape(result.path));
      return;
    }
    out_ << fmt::format("  <file name=\"{}\">\n", xml_escape(result.path));
    for (const auto& finding : result.findings) {
      Span span = span_of(result.source, finding.range);
      out_ << fmt::format(
          "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"{}\"/>\n",
          span.begin.line, span.begin.column, checkstyle_severity(finding.severity),
          xml_escape(finding.message), xml_escape(finding.code));
    }
    out_ << "  </file>\n";
  }

  void failure(const core::Error& error) override {
    begin();
    out_ << fmt::format("  <file name=\"{}\">\n", xml_escape(error.path));
    out_ << fmt::format(
        "    <error line=\"{}\" column=\"{}\" severity=\"error\" message=\"{}\" source=\"distill\"/>\n",
        error.line, error.column, xml_escape(error.message));
    out_ << "  </file>\n";
  }

  void end(const Summary& /*summary*/) override {
    begin();
    out_ << "</checkstyle>\n";
  }

 private:
  std::ostream& out_;
  bool begun_ = false;
};

}  // namespace

std::unique_ptr<Formatter> make_checkstyle_formatter(std::ostream& out, const RuleCatalog& /*rules*/,
                                                     const FormatOptions& /*options*/) {
  return std::make_unique<CheckstyleFormatter>(out);
}

}  // namespace distill::output
