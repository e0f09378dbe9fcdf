// compile() gives meaning to a fragment and merges it over the layers below: every key with a valid and an
// invalid value, and the precedence rules between layers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "config/compile.h"
#include "config/parse.h"
#include "config_test_helpers.h"

using distill::config::compile;
using distill::config::Config;
using distill::config::Diagnostic;
using distill::config::parse_fragment;
using distill::config::testing::known_rule;
using distill::config::testing::located;
using distill::core::Severity;

namespace {

// Compiles a YAML text (a layer) over `config`; diagnostics in file order, as load() gives them.
std::vector<Diagnostic> layer(Config& config, const std::string& yaml) {
  std::vector<Diagnostic> d;
  compile(parse_fragment(yaml, "layer.yaml", d), known_rule, config, d);
  std::stable_sort(d.begin(), d.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return d;
}

Config from(const std::string& yaml, std::vector<Diagnostic>* diagnostics = nullptr) {
  Config config;
  auto d = layer(config, yaml);
  if (diagnostics) *diagnostics = d;
  return config;
}

}  // namespace

TEST_CASE("defaults match hadolint's") {
  Config c;
  CHECK(c.failure_threshold == Severity::kInfo);
  CHECK_FALSE(c.no_fail);
  CHECK_FALSE(c.shellcheck.has_value());
  CHECK(c.ignored.empty());
}

TEST_CASE("ignored: codes and slugs are kept as written; unknown rules are reported and skipped") {
  std::vector<Diagnostic> d;
  auto c = from("ignored: [DL3006, apt-get-unpinned, DL9999, SC2086, DL3006]\n", &d);
  CHECK(c.ignored == std::vector<std::string>{"DL3006", "apt-get-unpinned", "SC2086"});  // duplicates dropped
  CHECK(located(d) == std::vector<std::string>{"1:37: unknown rule 'DL9999' in 'ignored'; skipped"});
}

TEST_CASE("ShellCheck codes are accepted without asking the registry") {
  CHECK(distill::config::is_shellcheck_code("SC2086"));
  CHECK_FALSE(distill::config::is_shellcheck_code("SC208"));
  CHECK_FALSE(distill::config::is_shellcheck_code("SC20866"));
  CHECK(distill::config::is_shellcheck_code("sc2086"));  // codes match case-insensitively everywhere
  CHECK_FALSE(distill::config::is_shellcheck_code("SCABCD"));
  std::vector<Diagnostic> d;
  auto c = from("ignored: [SC1091, SCXXXX]\n", &d);
  CHECK(c.ignored == std::vector<std::string>{"SC1091"});
  CHECK(d.size() == 1);
}

TEST_CASE("without a registry every rule reference is accepted") {
  Config c;
  std::vector<Diagnostic> d;
  compile(parse_fragment("ignored: [ANYTHING]\n", "x.yaml", d), {}, c, d);
  CHECK(d.empty());
  CHECK(c.ignored == std::vector<std::string>{"ANYTHING"});
}

TEST_CASE("override: each severity applies; bad severities are located") {
  std::vector<Diagnostic> d;
  auto c = from(distill::testing::read_file(distill::config::testing::fixture("bad_severity.yaml")), &d);
  CHECK(located(d) ==
        std::vector<std::string>{
            "1:20: unknown severity 'critical' for failure-threshold; expected error, warning, info, "
            "style, ignore or none",
            "3:3: unknown severity 'fatal' in override; expected error, warning, info or style",
            "4:3: unknown severity 'ignore' in override; expected error, warning, info or style (use "
            "'ignored' to switch a rule off)",
        });
  CHECK(c.failure_threshold == Severity::kInfo);  // unchanged
  CHECK(c.overrides == std::map<std::string, Severity>{{"DL3013", Severity::kWarning}});
}

TEST_CASE("override: a misspelt severity gets a suggestion; unknown rules are located") {
  std::vector<Diagnostic> d;
  auto c = from("override:\n  warnings: [DL3008]\n  info: [DL3008, nope]\n", &d);
  CHECK(located(d) ==
        std::vector<std::string>{
            "2:3: unknown severity 'warnings' in override; expected error, warning, info or style "
            "(did you mean 'warning'?)",
            "3:18: unknown rule 'nope' in 'override.info'; skipped",
        });
  CHECK(c.overrides == std::map<std::string, Severity>{{"DL3008", Severity::kInfo}});
}

TEST_CASE("override: one rule under two severities in one file is reported; the later entry wins") {
  std::vector<Diagnostic> d;
  auto c = from("override:\n  error: [DL3008]\n  style: [DL3008]\n", &d);
  CHECK(c.overrides.at("DL3008") == Severity::kStyle);
  CHECK(located(d) ==
        std::vector<std::string>{"3:11: 'DL3008' is also overridden to error; the later entry, style, "
                                 "wins"});
}

TEST_CASE("failure-threshold: every severity name, and none") {
  for (auto [name, severity] : std::vector<std::pair<std::string, Severity>>{{"error", Severity::kError},
                                                                             {"warning", Severity::kWarning},
                                                                             {"info", Severity::kInfo},
                                                                             {"style", Severity::kStyle},
                                                                             {"ignore", Severity::kIgnore},
                                                                             {"none", Severity::kIgnore}}) {
    CAPTURE(name);
    std::vector<Diagnostic> d;
    CHECK(from("failure-threshold: " + name + "\n", &d).failure_threshold == severity);
    CHECK(d.empty());
  }
  std::vector<Diagnostic> d;
  auto c = from("failure-threshold: stlye\n", &d);
  CHECK(c.failure_threshold == Severity::kInfo);
  CHECK(located(d) ==
        std::vector<std::string>{"1:20: unknown severity 'stlye' for failure-threshold; expected "
                                 "error, warning, info, style, ignore or none (did you mean 'style'?)"});
}

TEST_CASE("boolean keys: valid values set them, invalid ones leave the default") {
  auto c = from(
      "no-fail: true\nstrict-labels: true\ndisable-ignore-pragma: true\nshellcheck: false\n"
      "no-color: true\nverbose: true\n");
  CHECK(c.no_fail);
  CHECK(c.strict_labels);
  CHECK(c.disable_ignore_pragma);
  CHECK(c.shellcheck == std::optional<bool>(false));
  CHECK(c.no_color);
  CHECK(c.verbose);
  std::vector<Diagnostic> d;
  auto bad = from("no-fail: sometimes\nstrict-labels: 2\ndisable-ignore-pragma: []\nshellcheck: fast\n", &d);
  CHECK_FALSE(bad.no_fail);
  CHECK_FALSE(bad.strict_labels);
  CHECK_FALSE(bad.disable_ignore_pragma);
  CHECK_FALSE(bad.shellcheck.has_value());
  CHECK(d.size() == 4);
}

TEST_CASE("trusted-registries: list or single string; wrong types reported") {
  auto c = from("trusted-registries: [docker.io, '*.gcr.io']\n");
  CHECK(c.trusted_registries == std::vector<std::string>{"docker.io", "*.gcr.io"});
  std::vector<Diagnostic> d;
  auto bad = from("trusted-registries: {a: b}\n", &d);
  CHECK(bad.trusted_registries.empty());
  CHECK(located(d) == std::vector<std::string>{"1:21: 'trusted-registries' expects a list, got a mapping"});
}

TEST_CASE("label-schema: the seven types are accepted, others reported with a suggestion") {
  auto c = from(distill::testing::read_file(distill::config::testing::fixture("full.yaml")));
  CHECK(c.label_schema == std::map<std::string, std::string>{{"maintainer", "text"},
                                                             {"homepage", "url"},
                                                             {"version", "semver"},
                                                             {"commit", "hash"},
                                                             {"created", "rfc3339"},
                                                             {"license", "spdx"},
                                                             {"contact", "email"}});
  std::vector<Diagnostic> d;
  auto bad = from(distill::testing::read_file(distill::config::testing::fixture("bad_labels.yaml")), &d);
  CHECK(bad.label_schema == std::map<std::string, std::string>{{"maintainer", "text"}});
  CHECK(located(d) ==
        std::vector<std::string>{
            "3:13: unknown label type 'uri' for label 'homepage'; expected text, url, semver, hash, "
            "rfc3339, spdx or email (did you mean 'url'?)",
            "4:10: 'label-schema.build' expects a string, got a mapping",
        });
}

TEST_CASE("rules: options per rule as JSON; unknown rules located") {
  std::vector<Diagnostic> d;
  auto c = from(distill::testing::read_file(distill::config::testing::fixture("unknown_rules.yaml")), &d);
  CHECK(located(d) == std::vector<std::string>{
                          "3:5: unknown rule 'DL9999' in 'ignored'; skipped",
                          "6:21: unknown rule 'not-a-rule' in 'override.warning'; skipped",
                          "8:3: unknown rule 'XY0001' in 'rules'; skipped",
                      });
  CHECK(c.ignored == std::vector<std::string>{"DL3006", "SC2086"});
  CHECK(c.overrides == std::map<std::string, Severity>{{"DL3008", Severity::kWarning}});
  REQUIRE(c.rule_options.size() == 1);
  CHECK(c.rule_options.at("DL3008") == nlohmann::json{{"a", 1}});
}

TEST_CASE("formats: format and formats both feed the list") {
  auto c = from("format: json\nformats: [sarif, json]\n");
  CHECK(c.formats == std::vector<std::string>{"json", "sarif"});
}

TEST_CASE("layers: scalars replace, lists append, maps merge key by key") {
  Config c;
  CHECK(layer(c,
              "failure-threshold: error\nignored: [DL3006]\ntrusted-registries: [a.io]\n"
              "label-schema: {a: text, b: url}\nrules: {DL3008: {x: 1, y: 2}}\n")
            .empty());
  CHECK(layer(c,
              "failure-threshold: style\nignored: [DL3009, DL3006]\ntrusted-registries: [b.io]\n"
              "label-schema: {b: email}\nrules: {DL3008: {y: 3, z: 4}}\n")
            .empty());
  CHECK(c.failure_threshold == Severity::kStyle);
  CHECK(c.ignored == std::vector<std::string>{"DL3006", "DL3009"});
  CHECK(c.trusted_registries == std::vector<std::string>{"a.io", "b.io"});
  CHECK(c.label_schema == std::map<std::string, std::string>{{"a", "text"}, {"b", "email"}});
  CHECK(c.rule_options.at("DL3008") == nlohmann::json{{"x", 1}, {"y", 3}, {"z", 4}});
}

TEST_CASE("layers: a later override un-ignores a rule and a later ignore drops an override") {
  Config c;
  layer(c, "ignored: [DL3006, DL3008]\noverride: {error: [DL3009]}\n");
  layer(c, "override: {warning: [DL3006]}\nignored: [DL3009]\n");
  CHECK(c.ignored == std::vector<std::string>{"DL3008", "DL3009"});
  CHECK(c.overrides == std::map<std::string, Severity>{{"DL3006", Severity::kWarning}});
}

TEST_CASE("within one layer, ignoring beats overriding and the clash is reported") {
  std::vector<Diagnostic> d;
  auto c = from("override: {error: [DL3008]}\nignored: [DL3008]\n", &d);
  CHECK(c.ignored == std::vector<std::string>{"DL3008"});
  CHECK(c.overrides.empty());
  CHECK(located(d) ==
        std::vector<std::string>{"2:11: 'DL3008' is both ignored and overridden; ignoring wins"});
}

TEST_CASE("hadolint's camelCase keys mean the same as the kebab-case ones") {
  std::vector<Diagnostic> d;
  auto c = from(distill::testing::read_file(distill::config::testing::fixture("hadolint_camel.yaml")), &d);
  CHECK(d.empty());
  CHECK(c.ignored == std::vector<std::string>{"DL3006"});
  CHECK(c.failure_threshold == Severity::kError);
  CHECK(c.no_fail);
  CHECK(c.trusted_registries == std::vector<std::string>{"my-company.com:5000"});
  CHECK(c.label_schema == std::map<std::string, std::string>{{"owner", "email"}});
  CHECK(c.strict_labels);
  CHECK(c.disable_ignore_pragma);
  CHECK(c.no_color);
}
