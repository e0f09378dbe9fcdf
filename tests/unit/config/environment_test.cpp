// DISTILL_* variables: the truthy/falsy words, comma lists, and diagnostics that name the variable.
#include <catch2/catch.hpp>

#include "config/compile.h"
#include "config/environment.h"
#include "config_test_helpers.h"

using distill::config::Config;
using distill::config::Diagnostic;
using distill::config::fixed_environment;
using distill::config::fragment_from_environment;
using distill::config::parse_bool_word;
using distill::config::split_list;
using distill::core::Severity;

namespace {

Config from_env(std::map<std::string, std::string> vars, std::vector<Diagnostic>& d) {
  Config c;
  compile(fragment_from_environment(fixed_environment(std::move(vars)), d),
          distill::config::testing::known_rule, c, d);
  return c;
}

}  // namespace

TEST_CASE("truthy and falsy words, in any case") {
  for (const char* word : {"1", "y", "yes", "on", "true", "TRUE", "Yes", "On"}) {
    CAPTURE(word);
    CHECK(parse_bool_word(word) == std::optional<bool>(true));
  }
  for (const char* word : {"0", "n", "no", "off", "false", "FALSE", "No", "OFF"}) {
    CAPTURE(word);
    CHECK(parse_bool_word(word) == std::optional<bool>(false));
  }
  for (const char* word : {"", "2", "yess", "enabled", " true"}) {
    CAPTURE(word);
    CHECK_FALSE(parse_bool_word(word).has_value());
  }
}

TEST_CASE("comma lists are trimmed and empty items dropped") {
  CHECK(split_list("DL3006,DL3008") == std::vector<std::string>{"DL3006", "DL3008"});
  CHECK(split_list(" DL3006 ,, DL3008 ,") == std::vector<std::string>{"DL3006", "DL3008"});
  CHECK(split_list("").empty());
  CHECK(split_list(" , ").empty());
  CHECK(split_list("one") == std::vector<std::string>{"one"});
}

TEST_CASE("every variable sets its setting") {
  std::vector<Diagnostic> d;
  auto c = from_env({{"DISTILL_IGNORE", "DL3006, DL3008"},
                     {"DISTILL_FAILURE_THRESHOLD", "warning"},
                     {"DISTILL_NO_FAIL", "yes"},
                     {"DISTILL_STRICT_LABELS", "1"},
                     {"DISTILL_DISABLE_IGNORE_PRAGMA", "on"},
                     {"DISTILL_SHELLCHECK", "false"},
                     {"DISTILL_OVERRIDE_ERROR", "DL3009"},
                     {"DISTILL_OVERRIDE_WARNING", "DL3013,DL3018"},
                     {"DISTILL_OVERRIDE_INFO", "SC2086"},
                     {"DISTILL_OVERRIDE_STYLE", "DL3059"},
                     {"DISTILL_TRUSTED_REGISTRIES", "docker.io,*.gcr.io"}},
                    d);
  CHECK(d.empty());
  CHECK(c.ignored == std::vector<std::string>{"DL3006", "DL3008"});
  CHECK(c.failure_threshold == Severity::kWarning);
  CHECK(c.no_fail);
  CHECK(c.strict_labels);
  CHECK(c.disable_ignore_pragma);
  CHECK(c.shellcheck == std::optional<bool>(false));
  CHECK(c.overrides == std::map<std::string, Severity>{{"DL3009", Severity::kError},
                                                       {"DL3013", Severity::kWarning},
                                                       {"DL3018", Severity::kWarning},
                                                       {"SC2086", Severity::kInfo},
                                                       {"DL3059", Severity::kStyle}});
  CHECK(c.trusted_registries == std::vector<std::string>{"docker.io", "*.gcr.io"});
}

TEST_CASE("invalid values are reported with the variable's name and change nothing") {
  std::vector<Diagnostic> d;
  auto c = from_env({{"DISTILL_NO_FAIL", "maybe"},
                     {"DISTILL_SHELLCHECK", "fast"},
                     {"DISTILL_FAILURE_THRESHOLD", "loud"},
                     {"DISTILL_IGNORE", "DL3006,DL0000"},
                     {"DISTILL_OVERRIDE_ERROR", "bogus"}},
                    d);
  CHECK_FALSE(c.no_fail);
  CHECK_FALSE(c.shellcheck.has_value());
  CHECK(c.failure_threshold == Severity::kInfo);
  CHECK(c.ignored == std::vector<std::string>{"DL3006"});
  CHECK(c.overrides.empty());
  std::vector<std::string> described;
  for (const auto& diagnostic : d) described.push_back(describe(diagnostic));
  CHECK(described ==
        std::vector<std::string>{
            "DISTILL_NO_FAIL: DISTILL_NO_FAIL: expected 1, y, yes, on or true, or 0, n, no, off or "
            "false; got 'maybe'",
            "DISTILL_SHELLCHECK: DISTILL_SHELLCHECK: expected 1, y, yes, on or true, or 0, n, no, off "
            "or false; got 'fast'",
            "DISTILL_OVERRIDE_ERROR: unknown rule 'bogus' in 'override.error'; skipped",
            "DISTILL_IGNORE: unknown rule 'DL0000' in 'ignored'; skipped",
            "DISTILL_FAILURE_THRESHOLD: unknown severity 'loud' for failure-threshold; expected error, "
            "warning, info, style, ignore or none",
        });
  for (const auto& diagnostic : d) CHECK((diagnostic.line == 0 && diagnostic.column == 0));
}

TEST_CASE("an empty variable counts as unset") {
  std::vector<Diagnostic> d;
  auto c = from_env({{"DISTILL_NO_FAIL", ""}, {"DISTILL_FAILURE_THRESHOLD", ""}, {"DISTILL_IGNORE", ""}}, d);
  CHECK(d.empty());
  CHECK_FALSE(c.no_fail);
  CHECK(c.failure_threshold == Severity::kInfo);
}

TEST_CASE("DISTILL_CONFIG names a config file") {
  CHECK(distill::config::config_path_from_environment(fixed_environment({{"DISTILL_CONFIG", "/x/c.yaml"}})) ==
        std::optional<std::string>("/x/c.yaml"));
  CHECK_FALSE(distill::config::config_path_from_environment(fixed_environment({})).has_value());
  CHECK_FALSE(distill::config::config_path_from_environment({}).has_value());  // no environment at all
}

TEST_CASE("the process environment is read through the same interface") {
  auto env = distill::config::process_environment();
  CHECK(env("PATH").has_value());
  CHECK_FALSE(env("DISTILL_SURELY_NOT_SET_4711").has_value());
}
