// `distill parse` end to end: formats, discovery, and every kind of bad input named in the foundation issue.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>

#include "run_command.h"
#include "test_files.h"

using distill::testing::run_command;
using distill::testing::TempDir;

namespace {

std::string distill_cmd(const std::string& args) {
  return std::string(DISTILL_BINARY) + " " + args;
}
std::string quoted(const std::filesystem::path& p) {
  return "'" + p.string() + "'";
}

}  // namespace

TEST_CASE("parse prints the tree, the model and BuildKit's dump") {
  TempDir dir;
  auto file = dir.write("Dockerfile", "FROM alpine:3.19 AS base\nRUN echo hi\n");
  auto sexp = run_command(distill_cmd("parse " + quoted(file)));
  CHECK(sexp.exit_code == 0);
  CHECK(sexp.out.find("(source_file") == 0);
  CHECK(sexp.out.find("from_instruction") != std::string::npos);
  auto json = run_command(distill_cmd("parse --format json " + quoted(file)));
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"alias\": \"base\"") != std::string::npos);
  auto bk = run_command(distill_cmd("parse --format buildkit " + quoted(file)));
  CHECK(bk.exit_code == 0);
  CHECK(bk.out == "(from \"alpine:3.19\" \"AS\" \"base\")\n(run \"echo hi\")\n");
  auto from_stdin = run_command("printf 'FROM a\\n' | " + distill_cmd("parse --format buildkit -"));
  CHECK(from_stdin.exit_code == 0);
  CHECK(from_stdin.out == "(from \"a\")\n");
}

TEST_CASE("version and help") {
  auto version = run_command(distill_cmd("--version"));
  CHECK(version.exit_code == 0);
  CHECK(version.out.find("distill ") == 0);
  auto help = run_command(distill_cmd("--help"));
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Examples:") != std::string::npos);
  auto unknown = run_command(distill_cmd("frobnicate"));
  CHECK(unknown.exit_code == 2);
}

TEST_CASE("directories are walked for Dockerfile-like names, skipping .git and ignored paths") {
  TempDir dir;
  dir.write("Dockerfile", "FROM a\n");
  dir.write("svc/api.Dockerfile", "FROM b\n");
  dir.write("svc/Containerfile", "FROM c\n");
  dir.write("svc/Dockerfile.dev", "FROM d\n");
  dir.write("svc/README.md", "FROM not-a-dockerfile\n");
  dir.write(".git/Dockerfile", "FROM e\n");
  dir.write("vendor/Dockerfile", "FROM f\n");
  dir.write(".gitignore", "vendor/\n");
  auto r = run_command(distill_cmd("parse --format buildkit " + quoted(dir.path())));
  CHECK(r.exit_code == 0);
  for (std::string image : {"a", "b", "c", "d"})
    CHECK(r.out.find("(from \"" + image + "\")") != std::string::npos);
  CHECK(r.out.find("not-a-dockerfile") == std::string::npos);
  CHECK(r.out.find("(from \"e\")") == std::string::npos);
  CHECK(r.out.find("(from \"f\")") == std::string::npos);
  // Output order is stable: sorted paths.
  CHECK(r.out.find("(from \"a\")") < r.out.find("(from \"b\")"));
}

TEST_CASE("many files are parsed in parallel and printed in input order, whatever the job count") {
  TempDir dir;
  std::string args;
  for (int i = 0; i < 40; ++i) {
    // File 17 has a syntax error; the others still print, and the exit code says 4.
    std::string body = i == 17 ? "FROM a\nLABEL x=\xC3\x28\n" : "FROM image" + std::to_string(i) + "\n";
    args += " " + quoted(dir.write("f" + std::to_string(i) + ".Dockerfile", body));
  }
  auto sequential = run_command(distill_cmd("parse --format buildkit -j 1" + args));
  auto parallel = run_command(distill_cmd("parse --format buildkit -j 4" + args));
  CHECK(sequential.exit_code == 4);
  CHECK(parallel.exit_code == 4);
  CHECK(parallel.out == sequential.out);
  CHECK(parallel.err == sequential.err);
  CHECK(parallel.err.find("f17.Dockerfile:") != std::string::npos);
  size_t previous = 0;
  for (int i = 0; i < 40; ++i) {
    if (i == 17) continue;
    size_t at = parallel.out.find("(from \"image" + std::to_string(i) + "\")");
    REQUIRE(at != std::string::npos);
    CHECK(at > previous);
    previous = at;
  }
}

TEST_CASE("bad input: one clear line naming the file, exit 2 or 4, never a crash") {
  TempDir dir;
  SECTION("missing path") {
    auto r = run_command(distill_cmd("parse " + quoted(dir.path() / "nope")));
    CHECK(r.exit_code == 2);
    CHECK(r.err == "distill: " + (dir.path() / "nope").string() + ": no such file or directory\n");
  }
  SECTION("directory without a Dockerfile") {
    dir.write("notes.txt", "x");
    auto r = run_command(distill_cmd("parse " + quoted(dir.path())));
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no Dockerfile found") != std::string::npos);
  }
  SECTION("a directory given as a file, or an unreadable file") {
    auto sub = dir.path() / "Dockerfile";
    std::filesystem::create_directories(sub / "x");
    auto r = run_command(distill_cmd("parse " + quoted(sub / "x")));
    CHECK(r.exit_code == 2);
    auto file = dir.write("locked/Dockerfile", "FROM a\n");
    std::filesystem::permissions(file, std::filesystem::perms::none);
    auto locked = run_command(distill_cmd("parse " + quoted(file)));
    if (::geteuid() != 0) {  // root reads anything; the case only exists for other users
      CHECK(locked.exit_code == 2);
      CHECK(locked.err.find(file.string()) != std::string::npos);
    }
  }
  SECTION("binary file") {
    auto file = dir.write("Dockerfile", std::string("FROM a\n\x7f"
                                                    "ELF\0\0\0",
                                                    12));
    auto r = run_command(distill_cmd("parse " + quoted(file)));
    CHECK(r.exit_code == 4);
    CHECK(r.err == "distill: " + file.string() + ":2:5: binary file (NUL byte)\n");
  }
  SECTION("invalid UTF-8") {
    auto file = dir.write("Dockerfile", "FROM a\nLABEL x=\xC3\x28\n");
    auto r = run_command(distill_cmd("parse " + quoted(file)));
    CHECK(r.exit_code == 4);
    CHECK(r.err == "distill: " + file.string() + ":2:9: invalid UTF-8\n");
  }
  SECTION("empty file") {
    auto file = dir.write("Dockerfile", "");
    auto r = run_command(distill_cmd("parse " + quoted(file)));
    CHECK(r.exit_code == 4);
    CHECK(r.err == "distill: " + file.string() + ":1:1: file with no instructions\n");
  }
  SECTION("a 50 MB file") {
    std::string big;
    big.reserve(50u << 20);
    big += "FROM a\n";
    while (big.size() < (50u << 20)) big += "RUN echo 0123456789012345678901234567890123456789\n";
    auto file = dir.write("Dockerfile", big);
    auto r = run_command(distill_cmd("parse " + quoted(file)));
    CHECK(r.exit_code == 4);
    CHECK(r.err.find(file.string() + ": file is too large") != std::string::npos);
  }
  SECTION("100,000 continuation lines parse in linear time") {
    std::string text = "FROM a\nRUN echo start \\\n";
    for (int i = 0; i < 100000; ++i) text += "  && echo " + std::to_string(i) + " \\\n";
    text += "  && echo end\n";
    auto file = dir.write("Dockerfile", text);
    auto start = std::chrono::steady_clock::now();
    auto r = run_command(distill_cmd("parse --format buildkit " + quoted(file)));
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("&& echo 99999") != std::string::npos);
    CHECK(seconds < 20);  // a generous bound that only a quadratic or hanging parser misses
  }
  SECTION("other files are still processed after a failure") {
    auto good = dir.write("good/Dockerfile", "FROM good\n");
    auto r = run_command(
        distill_cmd("parse --format buildkit " + quoted(dir.path() / "missing") + " " + quoted(good)));
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("(from \"good\")") != std::string::npos);
  }
}
