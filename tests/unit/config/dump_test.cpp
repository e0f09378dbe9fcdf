// `distill config --dump` prints every effective setting, and what it prints loads back to the same Config.
#include <catch2/catch.hpp>

#include "config/dump.h"
#include "config/load.h"
#include "config_test_helpers.h"
#include "run_command.h"

using distill::config::Config;
using distill::config::dump;
using distill::config::fixed_environment;
using distill::config::load;
using distill::config::LoadRequest;
using distill::config::testing::fixture;
using distill::config::testing::known_rule;

TEST_CASE("the defaults dump as every key with its default value") {
  CHECK(dump(Config{}) ==
        "# effective distill configuration: defaults, environment and command line (no config file)\n"
        "ignored: []\n"
        "override:\n"
        "  error: []\n"
        "  warning: []\n"
        "  info: []\n"
        "  style: []\n"
        "failure-threshold: info\n"
        "no-fail: false\n"
        "trusted-registries: []\n"
        "label-schema: {}\n"
        "strict-labels: false\n"
        "disable-ignore-pragma: false\n"
        "shellcheck: false\n"
        "rules: {}\n"
        "formats: []\n"
        "no-color: false\n"
        "verbose: false\n");
}

TEST_CASE("a full config dumps in documentation order, naming its source") {
  LoadRequest request{".", fixture("full.yaml"), fixed_environment({}), {}, known_rule};
  auto r = load(request);
  REQUIRE(r.diagnostics.empty());
  CHECK(dump(r.config) == "# effective distill configuration; file read: " + fixture("full.yaml") +
                              "\n"
                              "ignored:\n"
                              "  - DL3006\n"
                              "  - apt-get-unpinned\n"
                              "override:\n"
                              "  error:\n"
                              "    - DL3013\n"
                              "  warning:\n"
                              "    - DL3018\n"
                              "  info:\n"
                              "    - SC2086\n"
                              "  style:\n"
                              "    - DL3059\n"
                              "failure-threshold: warning\n"
                              "no-fail: true\n"
                              "trusted-registries:\n"
                              "  - docker.io\n"
                              "  - \"*.gcr.io\"\n"
                              "label-schema:\n"
                              "  commit: hash\n"
                              "  contact: email\n"
                              "  created: rfc3339\n"
                              "  homepage: url\n"
                              "  license: spdx\n"
                              "  maintainer: text\n"
                              "  version: semver\n"
                              "strict-labels: true\n"
                              "disable-ignore-pragma: true\n"
                              "shellcheck: true\n"
                              "rules:\n"
                              "  DL3008:\n"
                              "    allow:\n"
                              "      - curl\n"
                              "      - git\n"
                              "    max-unpinned: 2\n"
                              "    reason: \"3\"\n"
                              "  DL4006: {}\n"
                              "formats:\n"
                              "  - json\n"
                              "no-color: true\n"
                              "verbose: true\n");
}

TEST_CASE("the dump loads back to the same config") {
  LoadRequest request{".", fixture("full.yaml"), fixed_environment({}), {}, known_rule};
  auto original = load(request).config;
  distill::testing::TempDir tmp;
  auto dumped = tmp.write("dumped.yaml", dump(original));
  LoadRequest again{".", dumped, fixed_environment({}), {}, known_rule};
  auto r = load(again);
  CHECK(r.diagnostics.empty());
  const auto& c = r.config;
  CHECK(c.ignored == original.ignored);
  CHECK(c.overrides == original.overrides);
  CHECK(c.failure_threshold == original.failure_threshold);
  CHECK(c.no_fail == original.no_fail);
  CHECK(c.trusted_registries == original.trusted_registries);
  CHECK(c.label_schema == original.label_schema);
  CHECK(c.strict_labels == original.strict_labels);
  CHECK(c.disable_ignore_pragma == original.disable_ignore_pragma);
  CHECK(c.shellcheck == original.shellcheck);
  CHECK(c.rule_options == original.rule_options);
  CHECK(c.formats == original.formats);
  CHECK(c.no_color == original.no_color);
  CHECK(c.verbose == original.verbose);
}

TEST_CASE("strings that would read back as another type are quoted") {
  Config c;
  c.rule_options["DL3008"] = {{"a", "true"}, {"b", "12"}, {"c", "null"}, {"d", "yes"}, {"e", "plain"}};
  c.trusted_registries = {"*.io"};
  auto text = dump(c);
  CHECK(text.find("    a: \"true\"\n") != std::string::npos);
  CHECK(text.find("    b: \"12\"\n") != std::string::npos);
  CHECK(text.find("    c: \"null\"\n") != std::string::npos);
  CHECK(text.find("    d: \"yes\"\n") != std::string::npos);
  CHECK(text.find("    e: plain\n") != std::string::npos);
  CHECK(text.find("  - \"*.io\"\n") != std::string::npos);
}

TEST_CASE("an override to ignore is dumped as ignored") {
  Config c;
  c.overrides["DL3008"] = distill::core::Severity::kIgnore;
  auto text = dump(c);
  CHECK(text.find("ignored:\n  - DL3008\n") != std::string::npos);
  CHECK(text.find("  error: []\n") != std::string::npos);
}
