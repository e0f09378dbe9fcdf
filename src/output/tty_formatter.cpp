// The default, human format: compiler-style headers, a code frame, the fix and doc link, and a summary line.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "output/code_frame.h"
#include "output/formats.h"
#include "output/location.h"
#include "output/text_escape.h"

namespace distill::output {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kGutter = "\x1b[1;34m";

std::string_view severity_color(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return "\x1b[1;31m";
    case core::Severity::kWarning:
      return "\x1b[1;33m";
    case core::Severity::kInfo:
      return "\x1b[1;34m";
    case core::Severity::kStyle:
      return "\x1b[1;35m";
    case core::Severity::kIgnore:
      break;
  }
  return "";
}

std::string_view applicability_note(core::Applicability applicability) {
  switch (applicability) {
    case core::Applicability::kSafe:
      return "";
    case core::Applicability::kUnsafe:
      return " (unsafe fix)";
    case core::Applicability::kDisplayOnly:
      return " (suggestion)";
  }
  return "";
}

std::string plural(size_t count, std::string_view singular, std::string_view many) {
  return fmt::format("{} {}", count, count == 1 ? singular : many);
}

class TtyFormatter final : public Formatter {
 public:
  TtyFormatter(std::ostream& out, const RuleCatalog& rules, FormatOptions options)
      : out_(out), rules_(rules), options_(std::move(options)) {}

  void file(const FileResult& result) override {
    for (const auto& finding : result.findings) print_finding(result, finding);
  }

  void failure(const core::Error& error) override {
    if (printed_) out_ << '\n';
    std::string where = location_prefix(error);
    out_ << fmt::format("{}{}{}error{}: {}\n", where, where.empty() ? "" : ": ",
                        color(severity_color(core::Severity::kError)), color(kReset),
                        single_line(error.message));
    printed_ = true;
  }

  void end(const Summary& summary) override {
    if (printed_) out_ << '\n';
    out_ << summary_line(summary) << '\n';
  }

 private:
  std::string_view color(std::string_view code) const { return options_.color ? code : std::string_view(); }

  void print_finding(const FileResult& result, const core::Finding& finding) {
    if (printed_) out_ << '\n';
    printed_ = true;
    Span span = span_of(result.source, finding.range);
    std::string_view slug = slug_of(finding, rules_);
    std::string_view sev_color = color(severity_color(finding.severity));
    out_ << fmt::format("{}:{}:{}: {}{}{}[{}{}{}{}{}]: {}\n", result.path, span.begin.line, span.begin.column,
                        sev_color, core::severity_name(finding.severity), color(kReset), color(kBold),
                        finding.code, slug.empty() ? "" : " ", slug, color(kReset),
                        single_line(finding.message));
    if (result.source != nullptr) {
      FrameColors colors{color(kGutter), sev_color, color(kReset)};
      out_ << code_frame(*result.source, finding.range, colors);
    }
    if (finding.fix) {
      out_ << fmt::format("  = help: {}{}\n", single_line(finding.fix->title),
                          applicability_note(finding.fix->applicability));
    }
    if (!slug.empty()) out_ << fmt::format("  = doc: {}{}\n", options_.doc_url_base, slug);
  }

  static std::string summary_line(const Summary& summary) {
    size_t problems = summary.errors + summary.warnings + summary.infos + summary.styles;
    std::string files = plural(summary.files, "file", "files");
    std::string line;
    if (problems == 0) {
      line = fmt::format("No problems found in {}", files);
    } else {
      std::vector<std::string> parts;
      if (summary.errors) parts.push_back(plural(summary.errors, "error", "errors"));
      if (summary.warnings) parts.push_back(plural(summary.warnings, "warning", "warnings"));
      if (summary.infos) parts.push_back(fmt::format("{} info", summary.infos));
      if (summary.styles) parts.push_back(fmt::format("{} style", summary.styles));
      line = fmt::format("Found {} ({}) in {}", plural(problems, "problem", "problems"),
                         fmt::join(parts, ", "), files);
      if (summary.fixable) line += fmt::format("; {} with a safe automatic fix", summary.fixable);
    }
    line += '.';
    if (summary.failures) {
      line += fmt::format(" {} could not be read or parsed.", plural(summary.failures, "file", "files"));
    }
    return line;
  }

  std::ostream& out_;
  const RuleCatalog& rules_;
  FormatOptions options_;
  bool printed_ = false;  // whether a blank line must separate the next block
};

}  // namespace

std::unique_ptr<Formatter> make_tty_formatter(std::ostream& out, const RuleCatalog& rules,
                                              const FormatOptions& options) {
  return std::make_unique<TtyFormatter>(out, rules, options);
}

}  // namespace distill::output
