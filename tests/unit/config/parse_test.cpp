// The parser's job is structure: every shape mistake is reported once, at the right line and column, and the
// rest of the file is still read.
#include <catch2/catch.hpp>

#include "config/parse.h"
#include "config_test_helpers.h"

using distill::config::Diagnostic;
using distill::config::Fragment;
using distill::config::parse_fragment;
using distill::config::testing::located;

namespace {

Fragment parse(const std::string& text, std::vector<Diagnostic>& diagnostics) {
  return parse_fragment(text, "cfg.yaml", diagnostics);
}

}  // namespace

TEST_CASE("bad YAML syntax is one diagnostic at yaml-cpp's position and nothing is applied") {
  std::vector<Diagnostic> d;
  auto f = parse("ignored:\n  - DL3006\noverride:\n  error: [DL3008\nfailure-threshold: warning\n", d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "cfg.yaml");
  CHECK(located(d)[0] == "5:18: invalid YAML: end of sequence flow not found");
  CHECK(f.ignored.empty());  // half a document is not applied
  CHECK_FALSE(f.failure_threshold.has_value());
}

TEST_CASE("another syntax error: a second colon on a line") {
  std::vector<Diagnostic> d;
  parse("no-fail: true\nignored: a: b\n", d);
  REQUIRE(d.size() == 1);
  CHECK(located(d)[0] == "2:11: invalid YAML: illegal map value");
}

TEST_CASE("values keep their 1-based line and column") {
  std::vector<Diagnostic> d;
  auto f = parse("ignored:\n  - DL3006\n  - DL3008\nfailure-threshold:   error\n", d);
  CHECK(d.empty());
  REQUIRE(f.ignored.size() == 2);
  CHECK((f.ignored[1].value == "DL3008" && f.ignored[1].where.line == 3 && f.ignored[1].where.column == 5));
  REQUIRE(f.failure_threshold);
  CHECK((f.failure_threshold->where.line == 4 && f.failure_threshold->where.column == 22));
}

TEST_CASE("an empty file or one with only comments is an empty, valid config") {
  std::vector<Diagnostic> d;
  auto f = parse("", d);
  CHECK(d.empty());
  CHECK(f.ignored.empty());
  parse("# nothing yet\n\n", d);
  CHECK(d.empty());
  parse("---\n", d);
  CHECK(d.empty());
}

TEST_CASE("a top level that is not a mapping is reported") {
  std::vector<Diagnostic> d;
  parse("- DL3006\n- DL3008\n", d);
  REQUIRE(d.size() == 1);
  CHECK(located(d)[0] == "1:1: expected a mapping of settings at the top level, got a list");
}

TEST_CASE("binary data is reported at its first bad byte without calling the YAML parser") {
  std::vector<Diagnostic> d;
  parse(std::string("ignored: []\nab\0cd", 17), d);
  REQUIRE(d.size() == 1);
  CHECK(located(d)[0] == "2:3: not a text file (binary or non-UTF-8 data); ignored");
  d.clear();
  parse("failure-threshold: caf\xE9\n", d);  // Latin-1, not UTF-8
  REQUIRE(d.size() == 1);
  CHECK(located(d)[0] == "1:23: not a text file (binary or non-UTF-8 data); ignored");
  d.clear();
  auto f = parse("label-schema: {maintainer: text}  # caf\xC3\xA9\n", d);  // valid UTF-8 is fine
  CHECK(d.empty());
  CHECK(f.label_schema.size() == 1);
}

TEST_CASE("only the first YAML document is read") {
  std::vector<Diagnostic> d;
  auto f = parse("no-fail: true\n---\nno-fail: false\n", d);
  REQUIRE(d.size() == 1);
  CHECK(located(d)[0] == "3:1: only the first YAML document is read; this one is ignored");
  REQUIRE(f.no_fail);
  CHECK(f.no_fail->value);
}

TEST_CASE("keys set to nothing are treated as absent") {
  std::vector<Diagnostic> d;
  auto f = parse("ignored:\nno-fail:\noverride:\nrules:\n  DL3008:\n", d);
  CHECK(d.empty());
  CHECK(f.ignored.empty());
  CHECK_FALSE(f.no_fail.has_value());
  REQUIRE(f.rules.size() == 1);  // a rule with no options is an empty options object
  CHECK(f.rules[0].options.value == nlohmann::json::object());
}

TEST_CASE("booleans take YAML's words and reject others") {
  std::vector<Diagnostic> d;
  auto f = parse("no-fail: yes\nstrict-labels: off\nshellcheck: 'true'\nverbose: 2\nno-color: [true]\n", d);
  REQUIRE(f.no_fail);
  CHECK(f.no_fail->value);
  REQUIRE(f.strict_labels);
  CHECK_FALSE(f.strict_labels->value);
  REQUIRE(f.shellcheck);  // quoting is forgiven: hadolint users do write 'true'
  CHECK(f.shellcheck->value);
  CHECK_FALSE(f.verbose.has_value());
  CHECK_FALSE(f.no_color.has_value());
  CHECK(located(d) == std::vector<std::string>{"4:10: 'verbose' expects true or false, got '2'",
                                               "5:11: 'no-color' expects true or false, got a list"});
}

TEST_CASE("a list entry of the wrong type is skipped and its neighbours kept") {
  std::vector<Diagnostic> d;
  auto f = parse("ignored:\n  - DL3006\n  - {code: DL3008}\n  - ''\n  - DL3009\n", d);
  REQUIRE(f.ignored.size() == 2);
  CHECK(f.ignored[0].value == "DL3006");
  CHECK(f.ignored[1].value == "DL3009");
  CHECK(located(d) == std::vector<std::string>{"3:5: entries of 'ignored' must be strings, got a mapping",
                                               "4:5: 'ignored' has an empty entry"});
}

TEST_CASE("trusted registries and formats also take a single string, as in hadolint") {
  std::vector<Diagnostic> d;
  auto f = parse("trustedRegistries: docker.io\nformat: json\n", d);
  CHECK(d.empty());
  REQUIRE(f.trusted_registries.size() == 1);
  CHECK(f.trusted_registries[0].value == "docker.io");
  REQUIRE(f.formats.size() == 1);
  CHECK(f.formats[0].value == "json");
}

TEST_CASE("a key that is not a string is reported") {
  std::vector<Diagnostic> d;
  parse("? [a, b]\n: 1\nno-fail: true\n", d);
  REQUIRE(d.size() == 1);
  CHECK(located(d)[0] == "1:3: a setting's name must be a string, got a list");
}

TEST_CASE("rule options keep YAML's types as JSON") {
  std::vector<Diagnostic> d;
  auto f = parse(
      "rules:\n"
      "  DL3008:\n"
      "    count: 3\n"
      "    ratio: 0.5\n"
      "    quoted: \"3\"\n"
      "    flag: true\n"
      "    word: yes\n"
      "    nothing: ~\n"
      "    names: [curl, 'null']\n"
      "    nested: {a: -2}\n"
      "    huge: 123456789012345678901234567890\n",
      d);
  CHECK(d.empty());
  REQUIRE(f.rules.size() == 1);
  CHECK(f.rules[0].rule.value == "DL3008");
  CHECK(f.rules[0].rule.where.line == 2);
  auto expected = nlohmann::json::parse(R"({"count": 3, "ratio": 0.5, "quoted": "3", "flag": true,
      "word": true, "nothing": null, "names": ["curl", "null"], "nested": {"a": -2},
      "huge": "123456789012345678901234567890"})");
  CHECK(f.rules[0].options.value == expected);
}

TEST_CASE("every key's wrong type is located (fixture wrong_types.yaml)") {
  std::vector<Diagnostic> d;
  auto f = parse_fragment(distill::testing::read_file(distill::config::testing::fixture("wrong_types.yaml")),
                          "wrong_types.yaml", d);
  CHECK(located(d) == std::vector<std::string>{
                          "1:10: 'ignored' expects a list, got a string",
                          "3:10: 'override.error' expects a list, got a string",
                          "5:7: entries of 'override.warning' must be strings, got a list",
                          "7:20: 'failure-threshold' expects a string, got a list",
                          "8:10: 'no-fail' expects true or false, got 'maybe'",
                          "9:21: 'trusted-registries' expects a list, got a mapping",
                          "10:15: 'label-schema' expects a mapping, got a list",
                          "11:16: 'strict-labels' expects true or false, got '1'",
                          "13:11: 'rules.DL3008' expects a mapping of options, got a string",
                      });
  // The well-typed parts still arrive.
  REQUIRE(f.overrides.size() == 2);
  CHECK(f.overrides[1].severity.value == "warning");
  REQUIRE(f.overrides[1].rules.size() == 1);
  CHECK(f.overrides[1].rules[0].value == "DL3013");
  REQUIRE(f.disable_ignore_pragma);
  CHECK(f.disable_ignore_pragma->value);
}

TEST_CASE("unknown keys are located and near misses get a suggestion (fixture unknown_keys.yaml)") {
  std::vector<Diagnostic> d;
  auto f = parse_fragment(distill::testing::read_file(distill::config::testing::fixture("unknown_keys.yaml")),
                          "unknown_keys.yaml", d);
  CHECK(located(d) == std::vector<std::string>{
                          "1:1: unknown key 'ignore' (did you mean 'ignored'?)",
                          "2:1: unknown key 'failure_threshold' (did you mean 'failure-threshold'?)",
                          "3:1: unknown key 'trusted-registry' (did you mean 'trusted-registries'?)",
                          "4:1: unknown key 'colour'",
                      });
  CHECK(d[0].path == "unknown_keys.yaml");
  REQUIRE(f.no_fail);  // keys after the unknown ones still apply
  CHECK(f.no_fail->value);
  REQUIRE(f.overrides.size() == 1);  // `errors` is a severity name: compile() judges it
  CHECK(f.overrides[0].severity.value == "errors");
}

TEST_CASE("a key written twice, in either spelling, is reported and the first wins") {
  std::vector<Diagnostic> d;
  auto f =
      parse_fragment(distill::testing::read_file(distill::config::testing::fixture("duplicate_keys.yaml")),
                     "duplicate_keys.yaml", d);
  CHECK(located(d) ==
        std::vector<std::string>{"2:1: 'trusted-registries' is already set on line 1; this one is ignored"});
  REQUIRE(f.trusted_registries.size() == 1);
  CHECK(f.trusted_registries[0].value == "a.io");
}

TEST_CASE("every key has its kebab-case spelling and hadolint's camelCase where hadolint has one") {
  const auto& keys = distill::config::known_keys();
  for (const char* key : {"ignored",
                          "override",
                          "failure-threshold",
                          "failureThreshold",
                          "no-fail",
                          "noFail",
                          "trusted-registries",
                          "trustedRegistries",
                          "label-schema",
                          "labelSchema",
                          "strict-labels",
                          "strictLabels",
                          "disable-ignore-pragma",
                          "disableIgnorePragma",
                          "shellcheck",
                          "rules",
                          "format",
                          "formats",
                          "no-color",
                          "noColor",
                          "verbose"}) {
    CAPTURE(key);
    CHECK(std::find(keys.begin(), keys.end(), key) != keys.end());
  }
}

TEST_CASE("pathological input does not escape as an exception") {
  std::vector<Diagnostic> d;
  std::string deep(20000, '[');
  CHECK_NOTHROW(parse("ignored: " + deep, d));
  CHECK(d.size() == 1);
  d.clear();
  CHECK_NOTHROW(parse("a: &x [*x]\nignored: *x\n", d));
}
