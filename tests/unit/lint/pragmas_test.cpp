// Inline suppressions with every rule enabled: each pragma form silences what it covers and nothing else, and
// the stale ones (unknown names, names that silenced nothing) come back as DI0010 unused-suppression.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "lint_helpers.h"

using namespace distill;

namespace {

// The findings of one rule, as "line: message" for readable failures.
std::vector<std::string> of(const std::string& text, std::string_view code,
                            const config::Config& config = {}) {
  auto file = testing::parse_text(text);
  std::vector<std::string> out;
  for (const core::Finding& f : lint::lint(file, config)) {
    if (f.code != code) continue;
    out.push_back(std::to_string(file.source().position(f.range.begin).line) + ": " + f.message);
  }
  return out;
}

size_t count(const std::string& text, std::string_view code, const config::Config& config = {}) {
  return of(text, code, config).size();
}

// The source text a DI0010 finding points at, to check it names the stale entry exactly.
std::vector<std::string> unused_names(const std::string& text) {
  auto file = testing::parse_text(text);
  std::vector<std::string> out;
  for (const core::Finding& f : lint::lint(file, {})) {
    if (f.code == "DI0010") out.emplace_back(file.source().slice(f.range));
  }
  return out;
}

}  // namespace

TEST_CASE("pragmas: baseline — the rules used below fire without suppressions") {
  CHECK(count("FROM debian:12\nMAINTAINER me\n", "DL4000") == 1);
  CHECK(count("FROM debian:12\nCMD a\nCMD b\n", "DL4003") == 1);
  CHECK(count("FROM debian:12\nMAINTAINER me\n", "DI0010") == 0);
}

TEST_CASE("pragmas: next-instruction forms accept codes, slugs and aliases, case-insensitively") {
  for (const char* pragma :
       {"# distill ignore=DL4000", "# hadolint ignore=DL4000", "# distill ignore=maintainer-instruction",
        "# hadolint ignore=maintainer-instruction", "# distill ignore=MaintainerDeprecated",
        "# check=skip=MaintainerDeprecated", "# distill ignore=dl4000", "#distill ignore=DL4000",
        "# distill ignore=DL3008, DL4000", "# distill ignore=DL4000 # the registry reads the Author field",
        "# distill ignore=DL4000 // kept for the old registry"}) {
    INFO(pragma);
    std::string text = std::string("FROM debian:12\n") + pragma + "\nMAINTAINER me\n";
    CHECK(count(text, "DL4000") == 0);
    // DL3008 in the list silences nothing here, so only that name may be reported.
    auto unused = unused_names(text);
    if (std::string(pragma).find("DL3008") != std::string::npos) {
      CHECK(unused == std::vector<std::string>{"DL3008"});
    } else {
      CHECK(unused.empty());
    }
  }
}

TEST_CASE("pragmas: a next-instruction pragma covers only the next instruction, across comments and blanks") {
  std::string text =
      "FROM debian:12\n"
      "# distill ignore=DL4000\n"
      "\n"
      "# an unrelated comment\n"
      "MAINTAINER one\n"
      "MAINTAINER two\n";
  CHECK(of(text, "DL4000") == std::vector<std::string>{"6: MAINTAINER is deprecated; use LABEL "
                                                       "org.opencontainers.image.authors=\"…\" instead"});
  CHECK(count(text, "DI0010") == 0);

  // With an instruction in between, the pragma targets that one, silences nothing and is reported.
  std::string separated =
      "FROM debian:12\n"
      "# distill ignore=DL4000\n"
      "RUN true\n"
      "MAINTAINER one\n";
  CHECK(count(separated, "DL4000") == 1);
  CHECK(unused_names(separated) == std::vector<std::string>{"DL4000"});
}

TEST_CASE("pragmas: global and stage scopes") {
  std::string global =
      "# distill global ignore=DL4000\n"
      "FROM debian:12 AS a\n"
      "MAINTAINER one\n"
      "FROM debian:12\n"
      "MAINTAINER two\n";
  CHECK(count(global, "DL4000") == 0);
  CHECK(count(global, "DI0010") == 0);

  std::string stage =
      "# hadolint stage ignore=DL4003\n"
      "FROM debian:12 AS a\n"
      "CMD a\n"
      "CMD b\n"
      "FROM debian:12\n"
      "CMD c\n"
      "CMD d\n";
  CHECK(of(stage, "DL4003").size() == 1);
  CHECK(of(stage, "DL4003").front().substr(0, 2) == "7:");
  CHECK(count(stage, "DI0010") == 0);

  // A stage pragma must sit above a FROM; above anything else it covers nothing.
  std::string misplaced =
      "FROM debian:12\n"
      "# distill stage ignore=DL4003\n"
      "CMD a\n"
      "CMD b\n";
  CHECK(count(misplaced, "DL4003") == 1);
}

TEST_CASE("pragmas: BuildKit check=skip as a file directive and above an instruction") {
  std::string directive =
      "# check=skip=MaintainerDeprecated\n"
      "FROM debian:12\n"
      "MAINTAINER one\n"
      "FROM debian:12\n"
      "MAINTAINER two\n";
  CHECK(count(directive, "DL4000") == 0);
  CHECK(count(directive, "DI0010") == 0);

  // Above a FROM, BuildKit's per-instruction skip covers the whole stage.
  std::string above_from =
      "FROM debian:12 AS a\n"
      "# check=skip=MaintainerDeprecated\n"
      "FROM debian:12\n"
      "MAINTAINER one\n"
      "MAINTAINER two\n";
  CHECK(count(above_from, "DL4000") == 0);

  // skip=all only covers rules with a BuildKit name; it is never reported as unused.
  std::string all =
      "# check=skip=all\n"
      "FROM debian:12\n"
      "MAINTAINER one\n"
      "CMD a\n"
      "CMD b\n";
  CHECK(count(all, "DL4000") == 0);
  CHECK(count(all, "DL4003") == 1);  // no BuildKit alias of its own
  CHECK(count(all, "DI0010") == 0);
}

TEST_CASE("pragmas: unknown names and names that silence nothing are DI0010") {
  std::string text =
      "FROM debian:12\n"
      "# distill ignore=DI9999,not-a-rule\n"
      "RUN true\n"
      "# hadolint ignore=DL4000\n"
      "RUN true\n"
      "# distill ignore=DL4000,DL4003\n"
      "MAINTAINER me\n";
  auto findings = of(text, "DI0010");
  REQUIRE(findings.size() == 4);
  CHECK(findings[0] == "2: suppression names an unknown rule 'DI9999'");
  CHECK(findings[1] == "2: suppression names an unknown rule 'not-a-rule'");
  CHECK(findings[2] == "4: suppression of 'DL4000' silences nothing here");
  CHECK(findings[3] == "6: suppression of 'DL4003' silences nothing here");
  CHECK(unused_names(text) == std::vector<std::string>{"DI9999", "not-a-rule", "DL4000", "DL4003"});
  CHECK(count(text, "DL4000") == 0);
}

TEST_CASE("pragmas: hadolint codes distill does not implement are accepted, not reported") {
  std::string text =
      "FROM centos:7\n"
      "# hadolint ignore=DL3033,DL3032\n"
      "RUN yum install -y httpd\n";
  CHECK(count(text, "DI0010") == 0);
}

TEST_CASE("pragmas: ShellCheck codes are accepted and never reported") {
  std::string text =
      "FROM debian:12\n"
      "# distill ignore=SC2086,SC2046\n"
      "RUN echo $HOME\n";
  CHECK(count(text, "DI0010") == 0);
}

TEST_CASE("pragmas: a suppression of a switched-off rule silences nothing") {
  std::string text =
      "FROM debian:12\n"
      "# distill ignore=DL4000\n"
      "MAINTAINER me\n";
  config::Config config;
  config.ignored = {"DL4000"};
  CHECK(count(text, "DL4000", config) == 0);
  CHECK(count(text, "DI0010", config) == 1);
  // …unless unused-suppression is switched off too.
  config.ignored.push_back("unused-suppression");
  CHECK(count(text, "DI0010", config) == 0);
}

TEST_CASE("pragmas: disable_ignore_pragma keeps the findings and reports no pragma") {
  std::string text =
      "FROM debian:12\n"
      "# distill ignore=DL4000\n"
      "MAINTAINER one\n"
      "# distill ignore=DI9999\n"
      "RUN true\n";
  config::Config config;
  config.disable_ignore_pragma = true;
  CHECK(count(text, "DL4000", config) == 1);
  CHECK(count(text, "DI0010", config) == 0);

  // BuildKit's file-wide directive is build configuration, not an inline pragma: it still applies.
  std::string directive =
      "# check=skip=MaintainerDeprecated\n"
      "FROM debian:12\n"
      "MAINTAINER one\n";
  CHECK(count(directive, "DL4000", config) == 0);
}

TEST_CASE("pragmas: the severity of DI0010 follows the configuration") {
  std::string text =
      "FROM debian:12\n"
      "# distill ignore=DI9999\n"
      "RUN true\n";
  config::Config config;
  config.overrides["DI0010"] = core::Severity::kError;
  auto file = testing::parse_text(text);
  auto findings = lint::lint(file, config);
  auto it = std::find_if(findings.begin(), findings.end(), [](auto& f) { return f.code == "DI0010"; });
  REQUIRE(it != findings.end());
  CHECK(it->severity == core::Severity::kError);
  CHECK(it->slug == "unused-suppression");
}

TEST_CASE("pragmas: check=experimental= turns on BuildKit's experimental checks, even past skip=all") {
  const std::string bad = "# not a description\nFROM scratch AS base\n";
  CHECK(count(bad, "DI0024") == 0);
  for (const char* directive :
       {"# check=experimental=InvalidDefinitionDescription\n", "# check=experimental=all\n",
        "# check=skip=all;experimental=InvalidDefinitionDescription\n",
        "# check=experimental=MaintainerDeprecated, InvalidDefinitionDescription\n"}) {
    INFO(directive);
    CHECK(count(directive + bad, "DI0024") == 1);
  }
  CHECK(count("# check=experimental=MaintainerDeprecated\n" + bad, "DI0024") == 0);
  CHECK(count("# check=skip=InvalidDefinitionDescription;experimental=all\n" + bad, "DI0024") == 1);
  // A skip comment above the instruction still silences it, and the configuration has the last word.
  CHECK(count("# check=experimental=all\n\n# check=skip=InvalidDefinitionDescription\nFROM scratch AS base\n",
              "DI0024") == 0);
  config::Config ignored;
  ignored.ignored.emplace_back("DI0024");
  CHECK(count("# check=experimental=all\n" + bad, "DI0024", ignored) == 0);
  // Off-by-default rules without a BuildKit name are not BuildKit's experimental checks.
  CHECK(count("# check=experimental=all\nFROM scratch\n", "DL3057") == 0);
}

TEST_CASE("pragmas: tally's ignore pragmas, with its origin-prefixed names, are read for migration") {
  CHECK(count("FROM debian:12\n# tally ignore=hadolint/DL4000\nMAINTAINER me\n", "DL4000") == 0);
  CHECK(count("FROM debian:12\n# tally ignore=buildkit/MaintainerDeprecated\nMAINTAINER me\n", "DL4000") ==
        0);
  CHECK(count("FROM debian:12\n# tally global ignore=DL4000\nRUN true\nMAINTAINER me\n", "DL4000") == 0);
  // tally's own rules have no counterpart here: not reported as unknown, and they silence nothing.
  std::string own = "FROM debian:12\n# tally ignore=tally/max-lines\nMAINTAINER me\n";
  CHECK(count(own, "DL4000") == 1);
  CHECK(unused_names(own).empty());
  // The stale-name report points at the name without its prefix.
  CHECK(unused_names("FROM debian:12\n# tally ignore=hadolint/DL3008\nMAINTAINER me\n") ==
        std::vector<std::string>{"DL3008"});
}
