// The entry point: which file is read, precedence defaults < file < environment < command line, and when a
// problem is fatal.
#include <catch2/catch.hpp>

#include "config/load.h"
#include "config_test_helpers.h"
#include "run_command.h"

using distill::config::CliOverrides;
using distill::config::fixed_environment;
using distill::config::load;
using distill::config::LoadRequest;
using distill::config::testing::fixture;
using distill::config::testing::known_rule;
using distill::config::testing::located;
using distill::core::Severity;
using distill::testing::TempDir;

namespace {

// A project with a .git and a .distill.yaml, and an empty HOME.
struct Project {
  TempDir tmp;
  Project(const std::string& config) {
    std::filesystem::create_directories(tmp.path() / "home");
    std::filesystem::create_directories(tmp.path() / "repo" / ".git");
    if (!config.empty()) tmp.write("repo/.distill.yaml", config);
  }
  LoadRequest request(std::map<std::string, std::string> env = {}, CliOverrides cli = {}) const {
    env.emplace("HOME", (tmp.path() / "home").string());
    return LoadRequest{tmp.path() / "repo", std::nullopt, fixed_environment(std::move(env)), std::move(cli),
                       known_rule};
  }
};

}  // namespace

TEST_CASE("the discovered file is read and recorded as a source") {
  Project p("failure-threshold: error\n");
  auto r = load(p.request());
  CHECK_FALSE(r.fatal);
  CHECK(r.diagnostics.empty());
  CHECK(r.config.failure_threshold == Severity::kError);
  CHECK(r.config.sources == std::vector<std::string>{(p.tmp.path() / "repo" / ".distill.yaml").string()});
}

TEST_CASE("no config anywhere: defaults, no diagnostics") {
  Project p("");
  auto r = load(p.request());
  CHECK_FALSE(r.fatal);
  CHECK(r.diagnostics.empty());
  CHECK(r.config.sources.empty());
  CHECK(r.config.failure_threshold == Severity::kInfo);
}

TEST_CASE("precedence for scalars: file < environment < command line") {
  Project p("failure-threshold: warning\nno-fail: false\nshellcheck: true\n");
  CHECK(load(p.request()).config.failure_threshold == Severity::kWarning);
  auto env =
      std::map<std::string, std::string>{{"DISTILL_FAILURE_THRESHOLD", "error"}, {"DISTILL_NO_FAIL", "1"}};
  auto with_env = load(p.request(env)).config;
  CHECK(with_env.failure_threshold == Severity::kError);
  CHECK(with_env.no_fail);
  CHECK(with_env.shellcheck == std::optional<bool>(true));  // not set by env: the file's value stays
  CliOverrides cli;
  cli.failure_threshold = "style";
  cli.no_fail = false;
  cli.shellcheck = false;
  auto with_cli = load(p.request(env, cli)).config;
  CHECK(with_cli.failure_threshold == Severity::kStyle);
  CHECK_FALSE(with_cli.no_fail);
  CHECK(with_cli.shellcheck == std::optional<bool>(false));
}

TEST_CASE("precedence for lists: file, environment and command line are concatenated in that order") {
  Project p("ignored: [DL3006]\ntrusted-registries: [a.io]\n");
  CliOverrides cli;
  cli.ignored = {"DL3013"};
  cli.trusted_registries = {"c.io"};
  auto c =
      load(p.request({{"DISTILL_IGNORE", "DL3008, DL3009"}, {"DISTILL_TRUSTED_REGISTRIES", "b.io"}}, cli))
          .config;
  CHECK(c.ignored == std::vector<std::string>{"DL3006", "DL3008", "DL3009", "DL3013"});
  CHECK(c.trusted_registries == std::vector<std::string>{"a.io", "b.io", "c.io"});
}

TEST_CASE("precedence for overrides: a later layer's override of the same rule wins") {
  Project p("override:\n  error: [DL3008]\n  info: [DL3009]\nignored: [DL3013]\n");
  auto env_only = load(p.request({{"DISTILL_OVERRIDE_WARNING", "DL3008"}})).config;
  CHECK(env_only.overrides.at("DL3008") == Severity::kWarning);
  CHECK(env_only.overrides.at("DL3009") == Severity::kInfo);
  CliOverrides cli;
  cli.override_style = {"DL3008", "DL3013"};  // also re-enables the file's ignored DL3013
  cli.ignored = {"DL3009"};                   // and drops the file's override of DL3009
  auto c = load(p.request({{"DISTILL_OVERRIDE_WARNING", "DL3008"}}, cli)).config;
  CHECK(c.overrides ==
        std::map<std::string, Severity>{{"DL3008", Severity::kStyle}, {"DL3013", Severity::kStyle}});
  CHECK(c.ignored == std::vector<std::string>{"DL3009"});
}

TEST_CASE("command-line mistakes are reported with the flag's name") {
  Project p("");
  CliOverrides cli;
  cli.failure_threshold = "loud";
  cli.ignored = {"DL9999"};
  cli.require_labels = {"maintainer:text", "broken", "homepage:link"};
  auto r = load(p.request({}, cli));
  std::vector<std::string> described;
  for (const auto& d : r.diagnostics) described.push_back(describe(d));
  CHECK(described ==
        std::vector<std::string>{
            "--require-label: --require-label expects NAME:TYPE, got 'broken'",
            "--ignore: unknown rule 'DL9999' in 'ignored'; skipped",
            "--failure-threshold: unknown severity 'loud' for failure-threshold; expected error, "
            "warning, info, style, ignore or none",
            "--require-label: unknown label type 'link' for label 'homepage'; expected text, url, "
            "semver, hash, rfc3339, spdx or email",
        });
  CHECK(r.config.label_schema == std::map<std::string, std::string>{{"maintainer", "text"}});
}

TEST_CASE("an explicit config file bypasses discovery") {
  Project p("failure-threshold: error\n");
  auto request = p.request();
  request.explicit_path = fixture("hadolint_camel.yaml");
  auto r = load(request);
  CHECK_FALSE(r.fatal);
  CHECK(r.config.sources == std::vector<std::string>{fixture("hadolint_camel.yaml")});
  CHECK(r.config.failure_threshold == Severity::kError);  // from the fixture, which says error too...
  CHECK(r.config.trusted_registries == std::vector<std::string>{"my-company.com:5000"});  // ...and this
}

TEST_CASE("a missing explicit config file is fatal; env and command line still apply") {
  Project p("failure-threshold: error\n");
  CliOverrides cli;
  cli.no_fail = true;
  auto request = p.request({}, cli);
  request.explicit_path = p.tmp.path() / "nope.yaml";
  auto r = load(request);
  REQUIRE(r.fatal);
  CHECK(*r.fatal == "cannot read config file " + (p.tmp.path() / "nope.yaml").string() +
                        " (named by --config): no such file or directory");
  CHECK(r.config.sources.empty());
  CHECK(r.config.failure_threshold == Severity::kInfo);  // the discovered file was not read
  CHECK(r.config.no_fail);
}

TEST_CASE("CliOverrides::config_path and DISTILL_CONFIG name the file too, in that order") {
  Project p("failure-threshold: error\n");
  auto other = p.tmp.write("other.yaml", "failure-threshold: style\n");
  auto via_env = load(p.request({{"DISTILL_CONFIG", other.string()}}));
  CHECK(via_env.config.failure_threshold == Severity::kStyle);
  CHECK(via_env.config.sources == std::vector<std::string>{other.string()});

  CliOverrides cli;
  cli.config_path = fixture("hadolint_camel.yaml");
  auto via_cli = load(p.request({{"DISTILL_CONFIG", other.string()}}, cli));
  CHECK(via_cli.config.sources == std::vector<std::string>{fixture("hadolint_camel.yaml")});

  auto missing = load(p.request({{"DISTILL_CONFIG", (p.tmp.path() / "gone.yaml").string()}}));
  REQUIRE(missing.fatal);
  CHECK(missing.fatal->find("(named by DISTILL_CONFIG)") != std::string::npos);
}

TEST_CASE("a .hadolint.yaml found by discovery is read with hadolint's meaning") {
  Project p("");
  p.tmp.write("repo/.hadolint.yaml",
              distill::testing::read_file(distill::config::testing::fixture("hadolint_camel.yaml")));
  auto r = load(p.request());
  CHECK(r.diagnostics.empty());
  CHECK(r.config.sources == std::vector<std::string>{(p.tmp.path() / "repo" / ".hadolint.yaml").string()});
  CHECK(r.config.failure_threshold == Severity::kError);
  CHECK(r.config.strict_labels);
}

TEST_CASE("a broken config file gives diagnostics sorted by position and the rest applies") {
  Project p(distill::testing::read_file(fixture("unknown_keys.yaml")));
  auto r = load(p.request());
  CHECK_FALSE(r.fatal);
  CHECK(
      located(r.diagnostics) ==
      std::vector<std::string>{
          "1:1: unknown key 'ignore' (did you mean 'ignored'?)",
          "2:1: unknown key 'failure_threshold' (did you mean 'failure-threshold'?)",
          "3:1: unknown key 'trusted-registry' (did you mean 'trusted-registries'?)",
          "4:1: unknown key 'colour'",
          "6:3: unknown severity 'errors' in override; expected error, warning, info or style (did you mean "
          "'error'?)",
      });
  for (const auto& d : r.diagnostics) CHECK(d.path == (p.tmp.path() / "repo" / ".distill.yaml").string());
  CHECK(r.config.no_fail);
}

TEST_CASE("a file that is not YAML at all: defaults plus one diagnostic") {
  for (const char* name : {"not_yaml.txt", "binary.bin", "bad_syntax.yaml"}) {
    CAPTURE(name);
    LoadRequest request{".", fixture(name), fixed_environment({}), {}, known_rule};
    auto r = load(request);
    CHECK_FALSE(r.fatal);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].path == fixture(name));
    CHECK(r.diagnostics[0].line > 0);
    CHECK(r.config.ignored.empty());
    CHECK(r.config.failure_threshold == Severity::kInfo);
  }
  LoadRequest binary{".", fixture("binary.bin"), fixed_environment({}), {}, known_rule};
  CHECK(located(load(binary).diagnostics) ==
        std::vector<std::string>{"1:8: not a text file (binary or non-UTF-8 data); ignored"});
  LoadRequest prose{".", fixture("not_yaml.txt"), fixed_environment({}), {}, known_rule};
  CHECK(located(load(prose).diagnostics) ==
        std::vector<std::string>{"1:1: expected a mapping of settings at the top level, got a string"});
}

TEST_CASE("an empty config file and a comments-only one are valid and change nothing") {
  for (const char* name : {"empty.yaml", "comments_only.yaml"}) {
    CAPTURE(name);
    LoadRequest request{".", fixture(name), fixed_environment({}), {}, known_rule};
    auto r = load(request);
    CHECK_FALSE(r.fatal);
    CHECK(r.diagnostics.empty());
    CHECK(r.config.sources == std::vector<std::string>{fixture(name)});
    CHECK(r.config.ignored.empty());
  }
}

TEST_CASE("files are read through the injected file system (the LSP's unsaved buffers)") {
  distill::core::DiskFileSystem disk;
  distill::core::OverlayFileSystem overlay(disk);
  overlay.set("/unsaved/.distill.yaml", "failure-threshold: style\n");
  LoadRequest request{
      ".", std::filesystem::path("/unsaved/.distill.yaml"), fixed_environment({}), {}, known_rule, &overlay};
  auto r = load(request);
  CHECK_FALSE(r.fatal);
  CHECK(r.config.failure_threshold == Severity::kStyle);
}
