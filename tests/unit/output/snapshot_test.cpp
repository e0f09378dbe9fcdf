// Golden files pin every format's exact output for the shared sample report; DISTILL_UPDATE_SNAPSHOTS=1
// rewrites them (review the diff before committing).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "output/formatter.h"
#include "sample_report.h"
#include "test_files.h"

namespace {

bool updating_snapshots() {
  const char* value = std::getenv("DISTILL_UPDATE_SNAPSHOTS");
  return value != nullptr && std::string_view(value) == "1";
}

void check_snapshot(const std::string& name, const std::string& actual) {
  auto path = distill::testing::fixtures_dir() / "output" / ("expected." + name);
  if (updating_snapshots()) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    WARN("rewrote " << path.string());
    return;
  }
  INFO("golden file " << path.string() << " (DISTILL_UPDATE_SNAPSHOTS=1 rewrites it)");
  REQUIRE(std::filesystem::exists(path));
  CHECK(distill::testing::read_file(path) == actual);
}

}  // namespace

TEST_CASE("every format renders the sample report as its golden file") {
  distill::testing::SampleReport report;
  for (auto name : distill::output::format_names()) {
    SECTION(std::string(name)) {
      check_snapshot(std::string(name), report.render(name));
    }
  }
}

TEST_CASE("tty colours match their golden file") {
  distill::testing::SampleReport report;
  check_snapshot("tty-color", report.render("tty", /*color=*/true));
}

TEST_CASE("rendering is deterministic") {
  distill::testing::SampleReport report;
  for (auto name : distill::output::format_names()) {
    CHECK(report.render(name) == report.render(name));
  }
}
