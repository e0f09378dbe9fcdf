// Code Climate engine issues (a JSON array, as hadolint and most linters emit it), for Code Climate and the
// tools that consume its format.
#include <fmt/format.h>

#include "output/code_quality.h"
#include "output/fingerprint.h"
#include "output/formats.h"
#include "output/json_text.h"
#include "output/location.h"

namespace distill::output {
namespace {

// The spec's categories: a rule's own topic is not known here, so errors and warnings are risks to the build
// ("Bug Risk") and info/style findings are "Style".
std::string_view category(core::Severity severity) {
  return severity == core::Severity::kError || severity == core::Severity::kWarning ? "Bug Risk" : "Style";
}

Json position(const core::Position& at) {
  return Json{{"line", at.line}, {"column", at.column}};
}

class CodeClimateFormatter final : public Formatter {
 public:
  CodeClimateFormatter(std::ostream& out, const RuleCatalog& rules, FormatOptions options)
      : out_(out), rules_(rules), options_(std::move(options)) {}

  void begin() override {
    if (begun_) return;
    begun_ = true;
    out_ << '[';
  }

  void file(const FileResult& result) override {
    begin();
    Fingerprinter fingerprints;
    for (const auto& finding : result.findings) {
      Span span = span_of(result.source, finding.range);
      Json issue{{"type", "issue"},
                 {"check_name", finding.code},
                 {"description", finding.message},
                 {"categories", Json::array({category(finding.severity)})},
                 {"location",
                  Json{{"path", result.path},
                       {"positions", Json{{"begin", position(span.begin)}, {"end", position(span.end)}}}}},
                 {"severity", code_quality_severity(finding.severity)},
                 {"fingerprint", fingerprints.next(result.path, finding, result.source)}};
      std::string_view slug = slug_of(finding, rules_);
      if (!slug.empty()) {
        issue["content"] = Json{{"body", fmt::format("{}: see {}{}", slug, options_.doc_url_base, slug)}};
      }
      write(issue);
    }
  }

  void failure(const core::Error& error) override {
    begin();
    uint32_t line = error.line > 0 ? error.line : 1;
    uint32_t column = error.column > 0 ? error.column : 1;
    Json issue{{"type", "issue"},
               {"check_name", kFailureCheckName},
               {"description", error.message},
               {"categories", Json::array({"Bug Risk"})},
               {"location", Json{{"path", error.path},
                                 {"positions", Json{{"begin", Json{{"line", line}, {"column", column}}},
                                                    {"end", Json{{"line", line}, {"column", column}}}}}}},
               {"severity", kFailureSeverity},
               {"fingerprint", stable_hash(std::string(kFailureCheckName) + "\n" + error.path)}};
    write(issue);
  }

  void end(const Summary& /*summary*/) override {
    begin();
    out_ << (written_ == 0 ? "]\n" : "\n]\n");
  }

 private:
  void write(const Json& issue) {
    out_ << (written_ == 0 ? "\n" : ",\n") << dump_json(issue);
    ++written_;
  }

  std::ostream& out_;
  const RuleCatalog& rules_;
  FormatOptions options_;
  bool begun_ = false;
  size_t written_ = 0;
};

}  // namespace

std::unique_ptr<Formatter> make_codeclimate_formatter(std::ostream& out, const RuleCatalog& rules,
                                                      const FormatOptions& options) {
  return std::make_unique<CodeClimateFormatter>(out, rules, options);
}

}  // namespace distill::output
