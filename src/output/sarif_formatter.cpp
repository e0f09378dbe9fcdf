// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run, the rules that fired (with their
// documents as help), results with regions and fixes, and unreadable inputs as tool notifications.
//
// Columns are UTF-16 code units and the run says so (columnKind "utf16CodeUnits"): SARIF has no way to
// declare UTF-8 byte columns, and unicodeCodePoints/utf16CodeUnits are the only kinds viewers understand.
// Rules are listed in the order they first fire, so ruleIndex is known as soon as a result is seen.
#include <fmt/format.h>

#include <map>
#include <vector>

#include "output/fingerprint.h"
#include "output/formats.h"
#include "output/json_text.h"
#include "output/location.h"

namespace distill::output {
namespace {

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view sarif_level(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return "error";
    case core::Severity::kWarning:
      return "warning";
    case core::Severity::kInfo:
    case core::Severity::kStyle:
      return "note";
    case core::Severity::kIgnore:
      break;
  }
  return "none";
}

// A relative path stays a relative URI reference (resolved against the repository root by viewers); an
// absolute one becomes a file: URI. Everything outside RFC 3986's unreserved set and '/' is percent-encoded.
std::string path_to_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                 c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

// scheme://host/ of the documentation base: the tool's home page.
std::string information_uri(std::string_view doc_url_base) {
  auto scheme = doc_url_base.find("://");
  if (scheme == std::string_view::npos) return std::string(doc_url_base);
  auto slash = doc_url_base.find('/', scheme + 3);
  return std::string(
      doc_url_base.substr(0, slash == std::string_view::npos ? doc_url_base.size() : slash + 1));
}

// The first paragraph of the rule document's "What it does" section, or the summary when there is none.
std::string full_description(const RuleInfo& rule) {
  constexpr std::string_view kHeading = "## What it does";
  auto at = rule.markdown.find(kHeading);
  if (at == std::string_view::npos) return std::string(rule.summary);
  std::string_view rest = rule.markdown.substr(at + kHeading.size());
  auto start = rest.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return std::string(rule.summary);
  rest = rest.substr(start);
  auto stop = std::min(rest.find("\n\n"), rest.find("\n#"));
  std::string paragraph(rest.substr(0, stop));
  while (!paragraph.empty() && (paragraph.back() == '\n' || paragraph.back() == ' ')) paragraph.pop_back();
  for (char& c : paragraph) {
    if (c == '\n') c = ' ';
  }
  return paragraph.empty() ? std::string(rule.summary) : paragraph;
}

Json region_json(const Span& span) {
  return Json{{"startLine", span.begin.line},
              {"startColumn", span.begin.utf16_column},
              {"endLine", span.end.line},
              {"endColumn", span.end.utf16_column}};
}

class SarifFormatter final : public Formatter {
 public:
  SarifFormatter(std::ostream& out, const RuleCatalog& rules, FormatOptions options)
      : out_(out), rules_(rules), options_(std::move(options)) {}

  void file(const FileResult& result) override {
    std::string uri = path_to_uri(result.path);
    Fingerprinter fingerprints;
    for (const auto& finding : result.findings) {
      Span span = span_of(result.source, finding.range);
      Json entry{
          {"ruleId", finding.code},
          {"ruleIndex", rule_index(finding)},
          {"level", sarif_level(finding.severity)},
          {"message", Json{{"text", finding.message}}},
          {"locations", Json::array({Json{{"physicalLocation", Json{{"artifactLocation", Json{{"uri", uri}}},
                                                                    {"region", region_json(span)}}}}})},
          {"fingerprints", Json{{"distill/v1", fingerprints.next(result.path, finding, result.source)}}}};
      if (finding.fix && !finding.fix->edits.empty())
        entry["fixes"] = Json::array({fix_json(*finding.fix, uri, result.source)});
      results_.push_back(std::move(entry));
    }
  }

  void failure(const core::Error& error) override {
    Json notification{{"level", "error"}, {"message", Json{{"text", error.message}}}};
    if (!error.path.empty()) {
      Json physical{{"artifactLocation", Json{{"uri", path_to_uri(error.path)}}}};
      if (error.line > 0) {
        Json region{{"startLine", error.line}};
        if (error.column > 0) region["startColumn"] = error.column;
        physical["region"] = std::move(region);
      }
      notification["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
    }
    notifications_.push_back(std::move(notification));
  }

  void end(const Summary& /*summary*/) override {
    Json driver{{"name", "distill"}};
    if (!options_.tool_version.empty()) {
      driver["version"] = options_.tool_version;
      driver["semanticVersion"] = options_.tool_version;
    }
    driver["informationUri"] = information_uri(options_.doc_url_base);
    driver["rules"] = rule_list_;
    Json invocation{{"executionSuccessful", notifications_.empty()}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
    Json run{{"tool", Json{{"driver", std::move(driver)}}},
             {"invocations", Json::array({std::move(invocation)})},
             {"columnKind", "utf16CodeUnits"},
             {"results", results_}};
    Json log{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
    out_ << dump_json(log, 2) << '\n';
  }

 private:
  size_t rule_index(const core::Finding& finding) {
    auto [it, inserted] = rule_indices_.try_emplace(finding.code, rule_list_.size());
    if (inserted) rule_list_.push_back(rule_json(finding));
    return it->second;
  }

  Json rule_json(const core::Finding& finding) const {
    Json rule{{"id", finding.code}};
    std::string_view slug = slug_of(finding, rules_);
    if (!slug.empty()) rule["name"] = slug;
    if (const RuleInfo* info = rules_.find(finding.code)) {
      rule["shortDescription"] = Json{{"text", info->summary}};
      rule["fullDescription"] = Json{{"text", full_description(*info)}};
      rule["help"] = Json{{"text", info->markdown}, {"markdown", info->markdown}};
      rule["defaultConfiguration"] = Json{{"level", sarif_level(info->default_severity)}};
    }
    if (!slug.empty()) rule["helpUri"] = options_.doc_url_base + std::string(slug);
    return rule;
  }

  static Json fix_json(const core::Fix& fix, const std::string& uri, const core::SourceText* source) {
    Json replacements = Json::array();
    for (const auto& edit : fix.edits) {
      Json replacement{{"deletedRegion", region_json(span_of(source, edit.range))}};
      if (!edit.replacement.empty()) replacement["insertedContent"] = Json{{"text", edit.replacement}};
      replacements.push_back(std::move(replacement));
    }
    return Json{
        {"description", Json{{"text", fix.title}}},
        {"artifactChanges",
         Json::array({Json{{"artifactLocation", Json{{"uri", uri}}}, {"replacements", replacements}}})}};
  }

  std::ostream& out_;
  const RuleCatalog& rules_;
  FormatOptions options_;
  // SARIF puts the rule list before the results, so the log is written whole at end().
  std::map<std::string, size_t> rule_indices_;
  Json rule_list_ = Json::array();
  Json results_ = Json::array();
  Json notifications_ = Json::array();
};

}  // namespace

std::unique_ptr<Formatter> make_sarif_formatter(std::ostream& out, const RuleCatalog& rules,
                                                const FormatOptions& options) {
  return std::make_unique<SarifFormatter>(out, rules, options);
}

}  // namespace distill::output
