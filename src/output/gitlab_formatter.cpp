// GitLab Code Quality reports (artifacts:reports:codequality): the subset of Code Climate that GitLab reads,
// so merge requests show distill's findings inline.
#include "output/code_quality.h"
#include "output/fingerprint.h"
#include "output/formats.h"
#include "output/json_text.h"
#include "output/location.h"

namespace distill::output {
namespace {

class GitlabFormatter final : public Formatter {
 public:
  explicit GitlabFormatter(std::ostream& out) : out_(out) {}

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
      // GitLab shows check_name beside the description; the code is what users search for.
      write(Json{{"description", finding.message},
                 {"check_name", finding.code},
                 {"fingerprint", fingerprints.next(result.path, finding, result.source)},
                 {"severity", code_quality_severity(finding.severity)},
                 {"location", Json{{"path", result.path}, {"lines", Json{{"begin", span.begin.line}}}}}});
    }
  }

  void failure(const core::Error& error) override {
    begin();
    write(Json{{"description", error.message},
               {"check_name", kFailureCheckName},
               {"fingerprint", stable_hash(std::string(kFailureCheckName) + "\n" + error.path)},
               {"severity", kFailureSeverity},
               {"location",
                Json{{"path", error.path}, {"lines", Json{{"begin", error.line > 0 ? error.line : 1}}}}}});
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
  bool begun_ = false;
  size_t written_ = 0;
};

}  // namespace

std::unique_ptr<Formatter> make_gitlab_formatter(std::ostream& out, const RuleCatalog& /*rules*/,
                                                 const FormatOptions& /*options*/) {
  return std::make_unique<GitlabFormatter>(out);
}

}  // namespace distill::output
