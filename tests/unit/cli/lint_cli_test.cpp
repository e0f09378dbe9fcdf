// `distill lint` end to end: exit codes, formats and several outputs at once, config discovery and errors,
// pragmas, parallel runs in stable order, and bad input that must not stop the other files.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_files.h"

using distill::testing::run_command;
using distill::testing::TempDir;

namespace {

std::string in_dir(const TempDir& dir, const std::string& args) {
  return "cd '" + dir.path().string() + "' && " + std::string(DISTILL_BINARY) + " " + args;
}

const char* kBad = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n";
const char* kClean = "FROM debian:12.5\nUSER 65532\nCMD [\"true\"]\n";

}  // namespace

TEST_CASE("lint: exit 0 when clean, 1 on findings, --no-fail and --failure-threshold") {
  TempDir dir;
  dir.write("clean/Dockerfile", kClean);
  dir.write("bad/Dockerfile", kBad);
  auto clean = run_command(in_dir(dir, "lint --color never clean/Dockerfile"));
  CHECK(clean.exit_code == 0);
  CHECK(clean.out.find("No problems") != std::string::npos);
  auto bad = run_command(in_dir(dir, "lint --color never bad/Dockerfile"));
  CHECK(bad.exit_code == 1);
  CHECK(bad.out.find("bad/Dockerfile:2:") != std::string::npos);
  CHECK(bad.out.find("DL3008") != std::string::npos);
  CHECK(run_command(in_dir(dir, "lint --no-fail bad/Dockerfile")).exit_code == 0);
  CHECK(run_command(in_dir(dir, "lint --failure-threshold error bad/Dockerfile")).exit_code == 0);
  CHECK(run_command(in_dir(dir,
                           "lint --ignore DL3008 --ignore DL3009 --ignore DL3015 --ignore DI0004 "
                           "--ignore DI0002 bad/Dockerfile"))
            .exit_code == 0);
  // A rule option takes one value per use (or a comma list) and leaves the paths after it alone.
  CHECK(run_command(
            in_dir(dir, "lint --ignore DL3008,DL3009,DL3015 --ignore DI0004 --ignore DI0002 bad/Dockerfile"))
            .exit_code == 0);
  auto demoted = run_command(in_dir(dir, "lint -f json --info DL3008 --info DL3009 bad/Dockerfile"));
  CHECK(demoted.err.find("unknown rule") == std::string::npos);
  CHECK(demoted.out.find("\"DL3008\"") != std::string::npos);
  CHECK(demoted.out.find("bad/Dockerfile") != std::string::npos);
}

TEST_CASE("lint: JSON and SARIF at once with -o, results in a stable order across threads") {
  TempDir dir;
  for (int i = 0; i < 12; ++i) dir.write("svc" + std::to_string(10 + i) + "/Dockerfile", kBad);
  auto r = run_command(in_dir(dir, "lint -j 4 --no-fail -f json -o sarif:out.sarif -o checkstyle:out.xml ."));
  REQUIRE(r.exit_code == 0);
  auto json = nlohmann::json::parse(r.out);
  REQUIRE(json["files"].size() == 12);
  for (size_t i = 0; i + 1 < json["files"].size(); ++i) {
    CHECK(json["files"][i]["path"].get<std::string>() < json["files"][i + 1]["path"].get<std::string>());
  }
  auto sarif = nlohmann::json::parse(distill::testing::slurp(dir.path() / "out.sarif"));
  CHECK(sarif["version"] == "2.1.0");
  CHECK_FALSE(sarif["runs"][0]["results"].empty());
  CHECK(distill::testing::slurp(dir.path() / "out.xml").find("<checkstyle") != std::string::npos);
  auto again = run_command(in_dir(dir, "lint -j 3 --no-fail -f json ."));
  CHECK(again.out == r.out);
}

TEST_CASE("lint: config discovery, located config errors, hadolint config fallback") {
  TempDir dir;
  dir.write(".git/HEAD", "ref: refs/heads/main\n");
  dir.write("Dockerfile", kBad);
  dir.write(".hadolint.yaml", "ignored:\n  - DL3008\n");
  auto hadolint = run_command(in_dir(dir, "lint -f json --no-fail Dockerfile"));
  CHECK(hadolint.out.find("DL3008") == std::string::npos);
  dir.write(".distill.yaml", "ignored: [DL3009]\nfailure-threshold: eror\nunknown-key: 1\n");
  auto r = run_command(in_dir(dir, "lint -f json --no-fail Dockerfile"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(".distill.yaml:2:") != std::string::npos);
  CHECK(r.err.find(".distill.yaml:3:1") != std::string::npos);
  // The rest of the config still applies: DL3009 is ignored, DL3008 (not ignored here) reported.
  CHECK(r.out.find("DL3009") == std::string::npos);
  CHECK(r.out.find("DL3008") != std::string::npos);
  dir.write("broken.yaml", "ignored: [DL3008\n");
  auto broken = run_command(in_dir(dir, "lint --config broken.yaml Dockerfile"));
  CHECK(broken.exit_code == 2);
  CHECK(broken.err.find("broken.yaml:") != std::string::npos);
  auto missing = run_command(in_dir(dir, "lint --config nope.yaml Dockerfile"));
  CHECK(missing.exit_code == 2);
}

TEST_CASE("lint: pragmas silence findings; bad input, unknown formats and unwritable outputs") {
  TempDir dir;
  dir.write("Dockerfile",
            "FROM debian:12\n# distill ignore=DL3008,apt-lists-not-cleaned,DI0003\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends curl\n");
  auto r = run_command(in_dir(dir, "lint -f json --no-fail Dockerfile"));
  CHECK(r.out.find("DL3008") == std::string::npos);

  dir.write("good/Dockerfile", kBad);
  dir.write("empty/Dockerfile", "");
  auto mixed =
      run_command(in_dir(dir, "lint -f json --no-fail good/Dockerfile empty/Dockerfile missing/Dockerfile"));
  CHECK(mixed.exit_code == 2);  // a missing path is an I/O error; the others are still linted
  auto json = nlohmann::json::parse(mixed.out);
  CHECK(json["files"][0]["path"] == "good/Dockerfile");
  auto unparsable = run_command(in_dir(dir, "lint --no-fail good/Dockerfile empty/Dockerfile"));
  CHECK(unparsable.exit_code == 4);
  CHECK(unparsable.out.find("empty/Dockerfile:1:1") != std::string::npos);
  CHECK(unparsable.out.find("good/Dockerfile:2:") != std::string::npos);

  auto format = run_command(in_dir(dir, "lint -f yaml good/Dockerfile"));
  CHECK(format.exit_code == 2);
  auto unwritable =
      run_command(in_dir(dir, "lint --no-fail -o sarif:/nonexistent/dir/x.sarif good/Dockerfile"));
  CHECK(unwritable.exit_code == 2);
  CHECK(unwritable.err.find("/nonexistent/dir/x.sarif") != std::string::npos);
  CHECK(unwritable.out.find("DL3008") != std::string::npos);
}

TEST_CASE("lint: --context chooses the build context whose .dockerignore COPY sources are checked against") {
  TempDir dir;
  dir.write(".dockerignore", "secrets/\n");
  dir.write("docker/Dockerfile", "FROM scratch\nCOPY secrets/key.pem /key.pem\n");
  dir.write("secrets/key.pem", "x");
  // Default: the Dockerfile's own directory, which has no ignore file.
  auto own = run_command(in_dir(dir, "lint -f json --no-fail docker/Dockerfile"));
  CHECK(own.out.find("DI0023") == std::string::npos);
  // `docker build -f docker/Dockerfile .`: the repository root is the context.
  auto root = run_command(in_dir(dir, "lint -f json --no-fail --context . docker/Dockerfile"));
  CHECK(root.out.find("DI0023") != std::string::npos);
  auto piped = run_command(in_dir(dir, "lint -f json --no-fail --context . - < docker/Dockerfile"));
  CHECK(piped.out.find("DI0023") != std::string::npos);
  auto missing = run_command(in_dir(dir, "lint --context nowhere docker/Dockerfile"));
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nowhere") != std::string::npos);
}

TEST_CASE("rules and explain come from the embedded documents") {
  auto rules = run_command(std::string(DISTILL_BINARY) + " rules --format json");
  REQUIRE(rules.exit_code == 0);
  auto list = nlohmann::json::parse(rules.out);
  CHECK(list.size() >= 45);
  auto explain = run_command(std::string(DISTILL_BINARY) + " explain apt-get-unpinned");
  CHECK(explain.exit_code == 0);
  CHECK(explain.out.find("## Why is this bad?") != std::string::npos);
  CHECK(run_command(std::string(DISTILL_BINARY) + " explain NOPE9999").exit_code == 2);
}

TEST_CASE("lint --fix applies the safe fixes and reports what remains; --diff only shows them") {
  TempDir dir;
  const char* before = "FROM debian:12 as build\nrun apt-get install -y curl\nEXPOSE 80/TCP\n";
  dir.write("Dockerfile", before);
  auto preview = run_command(in_dir(dir, "lint --fix --diff Dockerfile"));
  CHECK(preview.exit_code == 0);
  CHECK(preview.out.find("+EXPOSE 80/tcp") != std::string::npos);
  CHECK(distill::testing::read_file(dir.path() / "Dockerfile") == before);  // nothing written

  auto fixed = run_command(in_dir(dir, "lint --fix -f gnu Dockerfile"));
  CHECK(distill::testing::read_file(dir.path() / "Dockerfile") ==
        "FROM debian:12 AS build\nRUN apt-get install -y curl\nEXPOSE 80/tcp\n");
  CHECK(fixed.err.find("fixed 3 problem(s) in 1 file(s)") != std::string::npos);
  CHECK(fixed.out.find("DL3008") != std::string::npos);  // no safe fix: still reported
  CHECK(fixed.out.find("DI0015") == std::string::npos);
  CHECK(fixed.exit_code == 1);
  CHECK(run_command(in_dir(dir, "lint --diff Dockerfile")).exit_code == 2);  // --diff needs --fix
}
