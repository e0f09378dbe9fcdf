// `distill rewrite` end to end: stdout, --diff, --write (atomic, --backup), refusals that leave the file as
// it was, syntax errors, the directory summary table, and the exit codes of the rewriter issue.
#include <catch2/catch.hpp>

#include <filesystem>

#include "run_command.h"

using distill::testing::run_command;
using distill::testing::slurp;
using distill::testing::TempDir;

namespace {

std::string in_dir(const TempDir& dir, const std::string& args) {
  return "cd '" + dir.path().string() + "' && " + std::string(DISTILL_BINARY) + " " + args;
}

const char* kGo =
    "FROM golang:1.22\n"
    "WORKDIR /app\n"
    "COPY . .\n"
    "RUN CGO_ENABLED=0 go build -o server .\n"
    "CMD [\"./server\"]\n";

const char* kRefused =
    "FROM golang:1.22\n"
    "WORKDIR /app\n"
    "COPY . .\n"
    "RUN CGO_ENABLED=0 go build -o server .\n"
    "CMD ./server | tee log.txt\n";

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("rewrite prints the new Dockerfile and leaves the file alone") {
  TempDir dir;
  auto file = dir.write("Dockerfile", kGo);
  auto r = run_command(in_dir(dir, "rewrite Dockerfile"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.starts_with("FROM golang:1.22 AS build\n"));
  CHECK(has(r.out, "\nFROM gcr.io/distroless/static-debian13:nonroot\n"));
  CHECK(has(r.out, "CMD [\"/app/server\"]\n"));
  CHECK(slurp(file) == kGo);
  auto explained = run_command(in_dir(dir, "rewrite --explain Dockerfile"));
  CHECK(explained.exit_code == 0);
  CHECK(has(explained.err, "Dockerfile: note: "));
}

TEST_CASE("rewrite --diff prints a unified diff") {
  TempDir dir;
  dir.write("Dockerfile", kGo);
  auto r = run_command(in_dir(dir, "rewrite --diff Dockerfile"));
  CHECK(r.exit_code == 0);
  CHECK(r.out.starts_with("--- a/Dockerfile\n+++ b/Dockerfile\n@@ "));
  CHECK(has(r.out, "\n-FROM golang:1.22\n+FROM golang:1.22 AS build\n"));
  CHECK(has(r.out, "\n+FROM gcr.io/distroless/static-debian13:nonroot\n"));
  CHECK(has(r.out, "\n-CMD [\"./server\"]\n"));
}

TEST_CASE("rewrite --write replaces the file; --backup keeps Dockerfile.orig") {
  TempDir dir;
  auto file = dir.write("Dockerfile", kGo);
  auto printed = run_command(in_dir(dir, "rewrite Dockerfile"));
  SECTION("--write") {
    auto r = run_command(in_dir(dir, "rewrite --write Dockerfile"));
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    CHECK(slurp(file) == printed.out);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "Dockerfile.orig"));
    // No temporary file is left beside it.
    size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 1);
    // The rewrite is already distroless: a second --write changes nothing and succeeds.
    auto again = run_command(in_dir(dir, "rewrite --write Dockerfile"));
    CHECK(again.exit_code == 0);
    CHECK(slurp(file) == printed.out);
  }
  SECTION("--write --backup") {
    auto r = run_command(in_dir(dir, "rewrite --write --backup Dockerfile"));
    CHECK(r.exit_code == 0);
    CHECK(slurp(file) == printed.out);
    CHECK(slurp(dir.path() / "Dockerfile.orig") == kGo);
  }
  SECTION("--write through a symlink replaces the target and keeps the link") {
    std::filesystem::rename(file, dir.path() / "real.Dockerfile");
    std::filesystem::create_symlink("real.Dockerfile", file);
    auto r = run_command(in_dir(dir, "rewrite --write Dockerfile"));
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::is_symlink(file));
    CHECK(slurp(dir.path() / "real.Dockerfile") == printed.out);
  }
  SECTION("--backup needs --write") {
    CHECK(run_command(in_dir(dir, "rewrite --backup Dockerfile")).exit_code == 2);
    CHECK(slurp(file) == kGo);
  }
}

TEST_CASE("a refusal exits 3, names the reason and the line, and writes nothing") {
  TempDir dir;
  auto file = dir.write("Dockerfile", kRefused);
  auto r = run_command(in_dir(dir, "rewrite --write --backup Dockerfile"));
  CHECK(r.exit_code == 3);
  CHECK(has(r.err, "Dockerfile:5:1: refused (needs-shell): "));
  CHECK(slurp(file) == kRefused);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "Dockerfile.orig"));
  auto printed = run_command(in_dir(dir, "rewrite Dockerfile"));
  CHECK(printed.exit_code == 3);
  CHECK(printed.out == kRefused);  // stdout gets the input unchanged, so a pipeline never loses the file
}

TEST_CASE("a syntax error exits 4 with file:line:col") {
  TempDir dir;
  std::string text = "FROM golang:1.22\nENV CGO_ENABLED\nCMD [\"/app\"]\n";
  auto file = dir.write("Dockerfile", text);
  auto r = run_command(in_dir(dir, "rewrite --write Dockerfile"));
  CHECK(r.exit_code == 4);
  CHECK(has(r.err, "Dockerfile:2:1: error (syntax-error): "));
  CHECK(slurp(file) == text);
}

TEST_CASE("an already distroless file exits 0 unchanged") {
  TempDir dir;
  std::string text = "FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app\nCMD [\"/app\"]\n";
  dir.write("Dockerfile", text);
  auto r = run_command(in_dir(dir, "rewrite Dockerfile"));
  CHECK(r.exit_code == 0);
  CHECK(r.out == text);
}

TEST_CASE("a directory is migrated file by file and ends with a summary table") {
  TempDir dir;
  dir.write("api/Dockerfile", kGo);
  dir.write("legacy/Dockerfile", kRefused);
  dir.write("done/Dockerfile", "FROM gcr.io/distroless/static-debian13\nCMD [\"/app\"]\n");
  auto r = run_command(in_dir(dir, "rewrite ."));
  CHECK(r.exit_code == 3);  // one refusal makes the run exit 3
  CHECK(has(r.err, "converted"));
  CHECK(has(r.err, "go -> gcr.io/distroless/static-debian13:nonroot"));
  CHECK(has(r.err, "already distroless"));
  CHECK(has(r.err, "needs-shell"));
  CHECK(has(r.err, "1 converted, 1 already distroless, 1 refused"));
  CHECK(slurp(dir.path() / "api/Dockerfile") == kGo);  // without --write nothing changes
  auto written = run_command(in_dir(dir, "rewrite --write ."));
  CHECK(written.exit_code == 3);
  CHECK(has(slurp(dir.path() / "api/Dockerfile"), "gcr.io/distroless/static-debian13:nonroot"));
  CHECK(slurp(dir.path() / "legacy/Dockerfile") == kRefused);
}

TEST_CASE("rewrite: a missing file exits 2, options are checked") {
  TempDir dir;
  auto missing = run_command(in_dir(dir, "rewrite nope/Dockerfile"));
  CHECK(missing.exit_code == 2);
  CHECK(has(missing.err, "nope/Dockerfile"));
  dir.write("Dockerfile", kGo);
  CHECK(run_command(in_dir(dir, "rewrite --suite debian11 Dockerfile")).exit_code == 2);
  CHECK(run_command(in_dir(dir, "rewrite --diff --write Dockerfile")).exit_code == 2);
  auto suite = run_command(in_dir(dir, "rewrite --suite debian12 --root Dockerfile"));
  CHECK(suite.exit_code == 0);
  CHECK(has(suite.out, "FROM gcr.io/distroless/static-debian12:latest\n"));
}
