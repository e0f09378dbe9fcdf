// The format list, the factory, fingerprints and the tty summary line.
#include <catch2/catch.hpp>

#include <sstream>

#include "output/fingerprint.h"
#include "output/formatter.h"
#include "sample_report.h"

using namespace distill;

TEST_CASE("every listed format can be made; unknown names give nullptr; hadolint's gitlab name is accepted") {
  testing::SampleCatalog catalog;
  std::ostringstream out;
  const auto& names = output::format_names();
  CHECK(names.size() == 9);
  CHECK(names.front() == "tty");
  for (auto name : names) CHECK(output::make_formatter(name, out, catalog, {}) != nullptr);
  CHECK(output::make_formatter("yaml", out, catalog, {}) == nullptr);
  CHECK(output::make_formatter("gitlab_codeclimate", out, catalog, {}) != nullptr);
}

TEST_CASE("fingerprints follow the line's content, not its number, and stay unique") {
  core::SourceText before("D", "FROM a\nRUN apt-get install x\n");
  core::SourceText after("D", "FROM a\n# moved down\nRUN apt-get install x\nRUN apt-get install x\n");
  core::Finding in_before{"DL3008", "", core::Severity::kWarning, "m", {7, 10}, std::nullopt};
  core::Finding in_after{"DL3008", "", core::Severity::kWarning, "m", {20, 23}, std::nullopt};
  core::Finding duplicate{"DL3008", "", core::Severity::kWarning, "m", {42, 45}, std::nullopt};
  output::Fingerprinter first, second;
  std::string original = first.next("D", in_before, &before);
  CHECK(original.size() == 32);
  CHECK(second.next("D", in_after, &after) == original);
  CHECK(second.next("D", duplicate, &after) != original);
  output::Fingerprinter other_path;
  CHECK(other_path.next("E", in_before, &before) != original);
  CHECK(output::stable_hash("distill") == output::stable_hash("distill"));
  CHECK(output::stable_hash("distill") != output::stable_hash("distilL"));
}

namespace {
std::string tty_summary(const output::Summary& summary) {
  testing::SampleCatalog catalog;
  std::ostringstream out;
  auto formatter = output::make_formatter("tty", out, catalog, {});
  formatter->begin();
  formatter->end(summary);
  return out.str();
}
}  // namespace

TEST_CASE("the tty summary counts problems by severity, fixes and failures") {
  output::Summary clean;
  clean.files = 4;
  CHECK(tty_summary(clean) == "No problems found in 4 files.\n");
  output::Summary some;
  some.files = 2;
  some.errors = 1;
  some.warnings = 2;
  some.fixable = 1;
  CHECK(tty_summary(some) ==
        "Found 3 problems (1 error, 2 warnings) in 2 files; 1 with a safe automatic fix.\n");
  output::Summary one;
  one.files = 1;
  one.styles = 1;
  one.failures = 2;
  CHECK(tty_summary(one) == "Found 1 problem (1 style) in 1 file. 2 files could not be read or parsed.\n");
}

TEST_CASE("junit reports a clean file as one passing test case") {
  testing::SampleCatalog catalog;
  core::SourceText source("D", "FROM scratch\n");
  std::ostringstream out;
  auto formatter = output::make_formatter("junit", out, catalog, {});
  formatter->file({"D", &source, {}});
  formatter->end({});
  CHECK(out.str().find("tests=\"1\" failures=\"0\" errors=\"0\"") != std::string::npos);
  CHECK(out.str().find("<testcase name=\"lint\" classname=\"D\"/>") != std::string::npos);
}

TEST_CASE("ranges past the text, empty texts and missing sources render without crashing") {
  testing::SampleCatalog catalog;
  core::SourceText empty("E", "");
  core::Finding beyond{"DL3007", "image-latest-tag", core::Severity::kError, "m", {3, 9}, std::nullopt};
  beyond.fix = core::Fix::safe("t", {core::Edit{{7, 12}, "x"}});
  for (auto name : output::format_names()) {
    std::ostringstream out;
    auto formatter = output::make_formatter(name, out, catalog, {});
    formatter->begin();
    formatter->file({"E", &empty, {beyond}});
    formatter->file({"-", nullptr, {beyond}});
    formatter->end({});
    CHECK(!out.str().empty());
  }
}
