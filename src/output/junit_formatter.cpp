// JUnit XML, for CI systems that only display test reports: each file is a test suite, each finding a failed
// test case, a clean file one passing case and an unreadable file one case in error.
#include <fmt/format.h>

#include <vector>

#include "output/formats.h"
#include "output/location.h"
#include "output/text_escape.h"

namespace distill::output {
namespace {

class JunitFormatter final : public Formatter {
 public:
  JunitFormatter(std::ostream& out, const RuleCatalog& rules, FormatOptions options)
      : out_(out), rules_(rules), options_(std::move(options)) {}

  void file(const FileResult& result) override {
    std::string path = xml_escape(result.path);
    Suite suite{path, std::max<size_t>(result.findings.size(), 1), result.findings.size(), 0, {}};
    if (result.findings.empty()) {
      suite.body = fmt::format("    <testcase name=\"lint\" classname=\"{}\"/>\n", path);
    }
    for (const auto& finding : result.findings) {
      Span span = span_of(result.source, finding.range);
      std::string_view slug = slug_of(finding, rules_);
      std::string title = slug.empty() ? finding.code : fmt::format("{} {}", finding.code, slug);
      std::string detail =
          fmt::format("{}:{}:{}: {}[{}]: {}", result.path, span.begin.line, span.begin.column,
                      core::severity_name(finding.severity), title, finding.message);
      if (!slug.empty()) detail += fmt::format("\n{}{}", options_.doc_url_base, slug);
      suite.body += fmt::format(
          "    <testcase name=\"{} at {}:{}\" classname=\"{}\">\n"
          "      <failure message=\"{}\" type=\"{}\">{}</failure>\n"
          "    </testcase>\n",
          xml_escape(title), span.begin.line, span.begin.column, path, xml_escape(finding.message),
          core::severity_name(finding.severity), xml_escape(detail));
    }
    suites_.push_back(std::move(suite));
  }

  void failure(const core::Error& error) override {
    std::string path = xml_escape(error.path);
    std::string where = location_prefix(error);
    std::string detail = where.empty() ? error.message : fmt::format("{}: {}", where, error.message);
    std::string body = fmt::format(
        "    <testcase name=\"read and parse\" classname=\"{}\">\n"
        "      <error message=\"{}\" type=\"failure\">{}</error>\n"
        "    </testcase>\n",
        path, xml_escape(error.message), xml_escape(detail));
    suites_.push_back(Suite{path, 1, 0, 1, std::move(body)});
  }

  void end(const Summary& /*summary*/) override {
    size_t tests = 0, failures = 0, errors = 0;
    for (const auto& suite : suites_) {
      tests += suite.tests;
      failures += suite.failures;
      errors += suite.errors;
    }
    // The totals lead the document, so suites are buffered until here.
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ << fmt::format("<testsuites name=\"distill\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests,
                        failures, errors);
    for (const auto& suite : suites_) {
      out_ << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                          suite.name, suite.tests, suite.failures, suite.errors);
      if (!options_.tool_version.empty()) {
        out_ << fmt::format(
            "    <properties>\n      <property name=\"distill.version\" value=\"{}\"/>\n    </properties>\n",
            xml_escape(options_.tool_version));
      }
      out_ << suite.body << "  </testsuite>\n";
    }
    out_ << "</testsuites>\n";
  }

 private:
  struct Suite {
    std::string name;  // already escaped
    size_t tests, failures, errors;
    std::string body;  // the <testcase> elements
  };

  std::ostream& out_;
  const RuleCatalog& rules_;
  FormatOptions options_;
  std::vector<Suite> suites_;
};

}  // namespace

std::unique_ptr<Formatter> make_junit_formatter(std::ostream& out, const RuleCatalog& rules,
                                                const FormatOptions& options) {
  return std::make_unique<JunitFormatter>(out, rules, options);
}

}  // namespace distill::output
