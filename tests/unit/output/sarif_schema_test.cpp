// distill's SARIF must pass the SARIF 2.1.0 JSON schema as a real validator applies it: ajv with the schema
// from @microsoft/jest-sarif, pinned in tests/tools/package.json (see README.md beside this file).
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "output/formatter.h"
#include "run_command.h"
#include "sample_report.h"
#include "test_files.h"

namespace {

namespace fs = std::filesystem;

// Installs the pinned validator from the committed lock file on first use, so a fresh clone needs no extra
// step.
fs::path sarif_validator() {
  fs::path tools = distill::testing::source_dir() / "tests" / "tools";
  if (!fs::exists(tools / "node_modules" / "ajv" / "package.json") ||
      !fs::exists(tools / "node_modules" / "@microsoft" / "jest-sarif" / "package.json")) {
    auto installed = distill::testing::run_command("npm ci --ignore-scripts --no-audit --no-fund --prefix '" +
                                                   tools.string() + "'");
    INFO(installed.out << installed.err);
    REQUIRE(installed.exit_code == 0);
  }
  return tools / "validate-sarif.js";
}

void require_valid_sarif(const std::string& sarif) {
  distill::testing::TempDir dir;
  auto file = dir.write("report.sarif", sarif);
  auto result =
      distill::testing::run_command("node '" + sarif_validator().string() + "' '" + file.string() + "'");
  INFO(result.out << result.err << "\n" << sarif);
  REQUIRE(result.exit_code == 0);
}

}  // namespace

TEST_CASE("the sample report's SARIF passes the SARIF 2.1.0 schema") {
  distill::testing::SampleReport report;
  require_valid_sarif(report.render("sarif"));
}

TEST_CASE("an empty run's SARIF passes the schema") {
  distill::testing::SampleCatalog catalog;
  std::ostringstream out;
  auto formatter = distill::output::make_formatter("sarif", out, catalog, {});
  formatter->begin();
  formatter->end({});
  require_valid_sarif(out.str());
}

TEST_CASE("SARIF with odd paths, broken UTF-8 and a failure without location passes the schema") {
  using namespace distill;
  testing::SampleCatalog catalog;
  core::SourceText source("/abs/my dir/Docker#file", "FROM a\xFF\nRUN x\n");
  core::Finding finding{"DL9999", "", core::Severity::kStyle, "bad \xC3 byte", {5, 6}, std::nullopt};
  finding.fix = core::Fix{"delete", {core::Edit{{5, 7}, ""}}, core::Applicability::kDisplayOnly};
  std::ostringstream out;
  auto formatter = output::make_formatter("sarif", out, catalog, {});
  formatter->begin();
  formatter->file({"/abs/my dir/Docker#file", &source, {finding}});
  formatter->failure(core::Error{"cannot read", "", 0, 0});
  formatter->end({});
  std::string sarif = out.str();
  CHECK(sarif.find("file:///abs/my%20dir/Docker%23file") != std::string::npos);
  require_valid_sarif(sarif);
}
