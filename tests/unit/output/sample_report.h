// The one report every output format is rendered from in the tests: a small Dockerfile and hand-made findings
// covering each severity, a multi-line range, safe and unsafe fixes, an insertion, a line with tabs and
// non-ASCII text, a rule the catalogue does not know, a clean file and an input that failed.
#pragma once

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/source.h"
#include "output/formatter.h"
#include "output/rule_catalog.h"

namespace distill::testing {

class SampleCatalog final : public output::RuleCatalog {
 public:
  SampleCatalog()
      : rules_{
            {"DI0001", "apt-get-cache-kept", "apt-get caches are left in the image layer",
             "## What it does\n\nFlags `apt-get update`\nchains that keep the package lists.\n\n## Why is "
             "this "
             "bad?\n\nThey bloat the image.\n",
             core::Severity::kStyle},
            {"DL3000", "workdir-relative-path", "WORKDIR with a relative path",
             "## What it does\n\nFlags a relative `WORKDIR`.\n", core::Severity::kError},
            {"DL3007", "image-latest-tag", "FROM uses the latest tag", "Pin a version instead of `latest`.\n",
             core::Severity::kWarning},
            {"DL3015", "apt-get-install-recommends", "apt-get install without --no-install-recommends",
             "## What it does\n\nFlags `apt-get install` without `--no-install-recommends`.\n",
             core::Severity::kInfo},
        } {}
  const std::vector<output::RuleInfo>& rules() const override { return rules_; }
  const output::RuleInfo* find(std::string_view code_or_slug) const override {
    for (const auto& rule : rules_) {
      if (rule.code == code_or_slug || rule.slug == code_or_slug) return &rule;
    }
    return nullptr;
  }

 private:
  std::vector<output::RuleInfo> rules_;
};

inline constexpr std::string_view kSampleDockerfile =
    "FROM ubuntu:latest\n"
    "RUN apt-get update && \\\n"
    "    apt-get install -y curl\n"
    "RUN\techo \"h\xC3\xA9llo w\xC3\xB6rld \xF0\x9F\x90\xB3\" > /greeting\n"
    "LABEL description=\"a <b> & 'c'\"\n"
    "WORKDIR app\n";

// Byte range of the first appearance of `needle` in the sample at or after byte `from`.
inline core::ByteRange sample_range(std::string_view needle, size_t from = 0) {
  auto at = kSampleDockerfile.find(needle, from);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

struct SampleReport {
  core::SourceText source{"Dockerfile", std::string(kSampleDockerfile)};
  core::SourceText clean{"clean/Dockerfile", "FROM scratch\n"};
  std::vector<core::Finding> findings;
  SampleCatalog catalog;

  SampleReport() {
    using core::Severity;
    findings.push_back({"DL3007", "image-latest-tag", Severity::kWarning,
                        "Using latest is prone to errors if the image will ever update",
                        sample_range("ubuntu:latest"), std::nullopt});
    // From `apt-get update` to the end of `curl`: a range over two lines.
    core::ByteRange chain{sample_range("apt-get update").begin, sample_range("curl").end};
    findings.push_back({"DI0001", "apt-get-cache-kept", Severity::kStyle,
                        "apt-get lists are kept in the layer", chain, std::nullopt});
    core::ByteRange after_install{sample_range("install").end, sample_range("install").end};
    findings.push_back({"DL3015", "apt-get-install-recommends", Severity::kInfo,
                        "Avoid additional packages by specifying `--no-install-recommends`", after_install,
                        core::Fix::safe("Add --no-install-recommends",
                                        {core::Edit{after_install, " --no-install-recommends"}})});
    // A ShellCheck code: not in the catalogue, no slug, no document.
    findings.push_back({"SC2028", "", Severity::kInfo, "echo may not expand escape sequences. Use printf.",
                        sample_range("\"h\xC3\xA9llo w\xC3\xB6rld \xF0\x9F\x90\xB3\""), std::nullopt});
    core::ByteRange workdir_path = sample_range("app", sample_range("WORKDIR").begin);
    // Every character the formats must escape: XML's, JSON's, GitHub's (% , :) and a newline.
    findings.push_back(
        {"DL3000", "workdir-relative-path", Severity::kError,
         "Use absolute WORKDIR: \"app\" is relative, <use /app> & 100% avoid surprises,\nsee docs",
         workdir_path, core::Fix::unsafe("Make the path absolute", {core::Edit{workdir_path, "/app"}})});
  }

  output::Summary summary() const {
    output::Summary s;
    s.files = 2;
    s.failures = 1;
    s.errors = 1;
    s.warnings = 1;
    s.infos = 2;
    s.styles = 1;
    s.fixable = 1;
    s.failed = true;
    return s;
  }

  // The whole report in one format, as the CLI would drive a formatter.
  std::string render(std::string_view format, bool color = false) const {
    std::ostringstream out;
    output::FormatOptions options;
    options.color = color;
    options.tool_version = "0.1.0";
    auto formatter = output::make_formatter(format, out, catalog, options);
    if (!formatter) return "<unknown format>";
    formatter->begin();
    formatter->file(output::FileResult{"Dockerfile", &source, findings});
    formatter->file(output::FileResult{"clean/Dockerfile", &clean, {}});
    formatter->failure(core::Error{"unterminated heredoc: expected EOF", "broken/Dockerfile", 3, 5});
    formatter->end(summary());
    return out.str();
  }
};

}  // namespace distill::testing
