// ShellCheck inside RUN: findings land on the exact Dockerfile bytes (continuations, heredocs, tabs, UTF-8),
// the dialect follows SHELL, Dockerfile variables count as assigned, and nothing is left in the temp dir.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "core/edits.h"
#include "lint/process.h"
#include "lint/shellcheck.h"
#include "lint/shellcheck_script.h"
#include "lint_helpers.h"
#include "run_command.h"
#include "test_files.h"

using namespace distill;
namespace fs = std::filesystem;

namespace {

lint::ShellcheckOptions options_in(const testing::TempDir& dir) {
  lint::ShellcheckOptions options;
  options.enabled = true;
  options.temp_parent = dir.path();
  return options;
}

// "SC2086@5:10-5:18" for each finding: code and 1-based byte line:column of its range.
std::vector<std::string> describe(const syntax::Dockerfile& file,
                                  const std::vector<core::Finding>& findings) {
  std::vector<std::string> out;
  for (const core::Finding& f : findings) {
    auto b = file.source().position(f.range.begin), e = file.source().position(f.range.end);
    out.push_back(f.code + "@" + std::to_string(b.line) + ":" + std::to_string(b.column) + "-" +
                  std::to_string(e.line) + ":" + std::to_string(e.column));
  }
  return out;
}

struct Checked {
  syntax::Dockerfile file;
  lint::ShellcheckRun run;
  std::vector<std::string> found;  // describe() of the one file's findings
};

Checked check(const std::string& text) {
  REQUIRE(lint::find_executable(
      "shellcheck"));  // these tests need the real ShellCheck (apt-get install shellcheck)
  testing::TempDir dir;
  Checked c{testing::parse_text(text), {}, {}};
  c.run = lint::run_shellcheck({&c.file}, options_in(dir));
  INFO(text);
  REQUIRE(c.run.warnings.empty());
  REQUIRE(c.run.findings.size() == 1);
  c.found = describe(c.file, c.run.findings[0]);
  CHECK(fs::is_empty(dir.path()));  // the scratch directory is gone
  return c;
}

}  // namespace

TEST_CASE("shellcheck: a finding on the third physical line of a continued RUN points at the expansion",
          "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "ARG version\n"
      "RUN apt-get update && \\\n"
      "    echo hello $version && \\\n"
      "    echo $RELEASE\n");
  // Like hadolint, a declared ARG counts as `export version=1`: assigned, and known to need no quotes.
  REQUIRE(c.found == std::vector<std::string>{"SC2086@5:10-5:18"});
  const core::Finding& f = c.run.findings[0][0];
  CHECK(f.slug == "SC2086");
  CHECK(f.severity == core::Severity::kInfo);
  CHECK(f.message == "Double quote to prevent globbing and word splitting.");
  REQUIRE(f.fix);
  CHECK(f.fix->applicability == core::Applicability::kUnsafe);
  auto fixed = core::apply_edits(c.file.source().text(), f.fix->edits);
  REQUIRE(fixed);
  CHECK(fixed.value().find("    echo \"$RELEASE\"\n") != std::string::npos);
}

TEST_CASE("shellcheck: comment lines inside a continued RUN do not shift positions", "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "RUN true \\\n"
      "# a comment line BuildKit removes\n"
      "  && cd /tmp \\\n"
      "  && echo `date`\n");
  CHECK(c.found == std::vector<std::string>{"SC2005@5:11-5:17", "SC2006@5:11-5:17", "SC2046@5:11-5:17"});
}

TEST_CASE("shellcheck: findings inside heredoc bodies, with ShellCheck's own directives honoured",
          "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "RUN <<EOF\n"
      "set -e\n"
      "echo $undefined_var\n"
      "# shellcheck disable=SC2086\n"
      "echo $also_undefined\n"
      "EOF\n");
  CHECK(c.found == std::vector<std::string>{"SC2086@4:6-4:20", "SC2154@4:6-4:20", "SC2154@6:6-6:21"});
}

TEST_CASE("shellcheck: a heredoc's own shebang picks the dialect and stays on line 1", "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "RUN <<EOF\n"
      "#!/bin/bash\n"
      "if [[ -n \"$HOME\" ]]; then echo `pwd`; fi\n"
      "EOF\n"
      "RUN <<EOF\n"
      "if [[ -n \"$HOME\" ]]; then echo ok; fi\n"
      "EOF\n");
  // Bash: no SC3010 for [[ ]] in the first script; the second runs under the default sh.
  CHECK(c.found == std::vector<std::string>{"SC2005@4:32-4:37", "SC2006@4:32-4:37", "SC2046@4:32-4:37",
                                            "SC3010@7:4-7:20"});
}

TEST_CASE("shellcheck: ARG and ENV names in scope are predeclared, others are not", "[shellcheck]") {
  auto c = check(
      "FROM debian:12 AS base\n"
      "ENV lower_env=1\n"
      "ARG lower_arg\n"
      "RUN echo \"$lower_env $lower_arg $http_proxy\"\n"
      "RUN echo \"$not_declared\"\n"
      "FROM base AS child\n"
      "RUN echo \"$lower_env\"\n"
      "FROM debian:12\n"
      "RUN echo \"$lower_env\"\n");
  CHECK(c.found == std::vector<std::string>{"SC2154@5:11-5:24", "SC2154@9:11-9:21"});
}

TEST_CASE("shellcheck: SHELL decides the dialect; bashisms warn only under sh", "[shellcheck]") {
  auto c = check(
      "FROM debian:12 AS plain\n"
      "RUN set -o pipefail && ls\n"
      "FROM debian:12 AS bashy\n"
      "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
      "RUN set -o pipefail && ls\n"
      "FROM bashy AS inherits\n"
      "RUN set -o pipefail && ls\n"
      "FROM debian:12 AS env\n"
      "SHELL [\"/usr/bin/env\", \"bash\", \"-c\"]\n"
      "RUN set -o pipefail && ls\n");
  CHECK(c.found == std::vector<std::string>{"SC3040@2:12-2:20"});
}

TEST_CASE("shellcheck: the shell pragma sets the default dialect", "[shellcheck]") {
  auto c = check(
      "# hadolint shell=bash\n"
      "FROM debian:12\n"
      "RUN set -o pipefail && ls\n");
  CHECK(c.found.empty());
}

TEST_CASE("shellcheck: pwsh, cmd and JSON-form RUNs are not checked", "[shellcheck]") {
  auto c = check(
      "FROM mcr.microsoft.com/powershell AS ps\n"
      "SHELL [\"pwsh\", \"-Command\"]\n"
      "RUN echo $lower\n"
      "FROM mcr.microsoft.com/windows/servercore AS win\n"
      "SHELL [\"cmd\", \"/S\", \"/C\"]\n"
      "RUN echo %lower% $lower\n"
      "FROM debian:12\n"
      "RUN [\"sh\", \"-c\", \"echo $lower\"]\n");
  CHECK(c.found.empty());
  CHECK(c.run.scripts == 0);
}

TEST_CASE("shellcheck: tabs count as one column, UTF-8 as one per character, CRLF is not a finding",
          "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "RUN <<EOF\n"
      "\tif true; then\n"
      "\t\techo \"é€😀\" $lower_a\n"
      "\tfi\n"
      "EOF\n"
      "RUN <<-EOF\n"
      "\t\techo\t$lower_b\n"
      "\tEOF\n"
      "RUN echo\t\"ü\"  $lower_c \\\r\n"
      "\t&& echo $lower_d\r\n");
  CHECK(c.found == std::vector<std::string>{
                       "SC2086@4:20-4:28", "SC2154@4:20-4:28",  // "\t\techo \"é€😀\" " is 19 bytes
                       "SC2086@8:8-8:16", "SC2154@8:8-8:16",    // <<- strips the tabs; the source keeps them
                       "SC2086@10:16-10:24", "SC2154@10:16-10:24",  // "RUN echo\t\"ü\"  " is 15
                       "SC2086@11:10-11:18", "SC2154@11:10-11:18"});
}

TEST_CASE("shellcheck: heredocs fed to a command are part of the command's script", "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "RUN cat <<EOF > /etc/app.conf\n"
      "home=$lower_home\n"
      "EOF\n"
      "RUN python3 <<'EOF'\n"
      "print('$not_expanded')\n"
      "EOF\n"
      "RUN bash <<EOF\n"
      "echo $lower_once\n"
      "EOF\n");
  // bash <<EOF: the body is both heredoc data of the command and a script of its own; reported once.
  CHECK(c.found == std::vector<std::string>{"SC2154@3:6-3:17", "SC2086@9:6-9:17", "SC2154@9:6-9:17"});
}

TEST_CASE("shellcheck: ONBUILD RUN is checked", "[shellcheck]") {
  auto c = check(
      "FROM debian:12\n"
      "ONBUILD RUN echo $lower\n");
  CHECK(c.found == std::vector<std::string>{"SC2086@2:18-2:24", "SC2154@2:18-2:24"});
}

TEST_CASE("shellcheck: many files in one call, findings per file in input order", "[shellcheck]") {
  REQUIRE(lint::find_executable("shellcheck"));
  testing::TempDir dir;
  std::vector<syntax::Dockerfile> files;
  files.push_back(testing::parse_text("FROM debian:12\nRUN echo $a1\n", "a/Dockerfile"));
  files.push_back(testing::parse_text("FROM debian:12\nRUN [\"true\"]\n", "b/Dockerfile"));
  files.push_back(testing::parse_text(
      "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN echo $c1\nRUN cd /x\n", "c/Dockerfile"));
  for (int i = 0; i < 40; ++i)
    files.push_back(testing::parse_text("FROM alpine\nRUN [ -z foo ]\n", "many/" + std::to_string(i)));
  std::vector<const syntax::Dockerfile*> pointers;
  for (const auto& f : files) pointers.push_back(&f);
  auto options = options_in(dir);
  options.jobs = 3;
  auto run = lint::run_shellcheck(pointers, options);
  REQUIRE(run.warnings.empty());
  REQUIRE(run.findings.size() == files.size());
  CHECK(describe(files[0], run.findings[0]) ==
        std::vector<std::string>{"SC2086@2:10-2:13", "SC2154@2:10-2:13"});
  CHECK(run.findings[1].empty());
  CHECK(describe(files[2], run.findings[2]) ==
        std::vector<std::string>{"SC2086@3:10-3:13", "SC2154@3:10-3:13", "SC2164@4:5-4:10"});
  for (size_t i = 3; i < files.size(); ++i)
    CHECK(describe(files[i], run.findings[i]) == std::vector<std::string>{"SC2157@2:10-2:13"});
  CHECK(run.scripts == 3 + 40);
  CHECK(run.distinct_scripts == 3 + 1);  // the 40 identical scripts are checked once, reported 40 times
  CHECK(run.processes >= 2);             // sh and bash scripts never share a process
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("shellcheck: a missing executable is a warning, not an error", "[shellcheck]") {
  testing::TempDir dir;
  auto file = testing::parse_text("FROM debian:12\nRUN echo $a\n");
  auto options = options_in(dir);
  options.executable = "/nonexistent/bin/shellcheck";
  auto run = lint::run_shellcheck({&file}, options);
  REQUIRE(run.warnings.size() == 1);
  CHECK(run.warnings[0].find("/nonexistent/bin/shellcheck") != std::string::npos);
  CHECK(run.findings.size() == 1);
  CHECK(run.findings[0].empty());

  options.executable = "distill-no-such-shellcheck";
  run = lint::run_shellcheck({&file}, options);
  REQUIRE(run.warnings.size() == 1);
  CHECK(run.warnings[0] ==
        "distill: distill-no-such-shellcheck not found on PATH; SC checks skipped (apt-get install "
        "shellcheck)");
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("shellcheck: a broken executable is reported once and leaves no files behind", "[shellcheck]") {
  testing::TempDir dir;
  std::vector<syntax::Dockerfile> files;
  for (int i = 0; i < 5; ++i) files.push_back(testing::parse_text("FROM debian:12\nRUN echo $a\n"));
  std::vector<const syntax::Dockerfile*> pointers;
  for (const auto& f : files) pointers.push_back(&f);
  auto options = options_in(dir);
  options.executable = "/bin/false";
  options.jobs = 4;
  auto run = lint::run_shellcheck(pointers, options);
  REQUIRE(run.warnings.size() == 1);
  CHECK(run.warnings[0].find("ShellCheck exited with status 1") != std::string::npos);
  for (const auto& findings : run.findings) CHECK(findings.empty());
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("shellcheck: disabled or empty runs start no process", "[shellcheck]") {
  testing::TempDir dir;
  auto file = testing::parse_text("FROM debian:12\nRUN echo $a\n");
  auto options = options_in(dir);
  options.enabled = false;
  options.executable = "/nonexistent";
  auto run = lint::run_shellcheck({&file}, options);
  CHECK(run.warnings.empty());
  CHECK(run.processes == 0);
  options.enabled = true;
  auto empty = testing::parse_text("FROM scratch\nCOPY a /a\n");
  run = lint::run_shellcheck({&empty}, options);
  CHECK(run.warnings.empty());  // no script, so a missing ShellCheck does not matter
  CHECK(run.processes == 0);
}

TEST_CASE("shellcheck: configured exclusions are passed on", "[shellcheck]") {
  REQUIRE(lint::find_executable("shellcheck"));
  testing::TempDir dir;
  auto file = testing::parse_text("FROM debian:12\nRUN echo $a\n");
  auto options = options_in(dir);
  options.exclude = {"SC2154", "2086", "not-a-code"};
  auto run = lint::run_shellcheck({&file}, options);
  CHECK(run.warnings.empty());
  CHECK(run.findings[0].empty());
}

TEST_CASE("shellcheck: dialects of shell programs", "[shellcheck]") {
  CHECK(lint::shellcheck_dialect("/bin/sh") == "sh");
  CHECK(lint::shellcheck_dialect("bash") == "bash");
  CHECK(lint::shellcheck_dialect("/bin/ash") == "dash");
  CHECK(lint::shellcheck_dialect("/bin/mksh") == "ksh");
  CHECK_FALSE(lint::shellcheck_dialect("pwsh"));
  CHECK_FALSE(lint::shellcheck_dialect("powershell"));
  CHECK_FALSE(lint::shellcheck_dialect("cmd.exe"));
  CHECK_FALSE(lint::shellcheck_dialect("/bin/zsh"));
  CHECK(lint::shellcheck_doc_url("SC2086") == "https://www.shellcheck.net/wiki/SC2086");
  CHECK(lint::is_shellcheck_code("sc2086"));
  CHECK_FALSE(lint::is_shellcheck_code("DL3008"));
}

// Not a unit test: prints how fast ShellCheck gets through every RUN of the corpus. Run it by its tag.
TEST_CASE("shellcheck: corpus throughput", "[.][shellcheck-corpus]") {
  REQUIRE(lint::find_executable("shellcheck"));
  std::vector<syntax::Dockerfile> files;
  syntax::Parser parser;
  for (const auto& entry : fs::directory_iterator(testing::corpus_dir() / "files")) {
    auto parsed = parser.parse(core::SourceText(entry.path().string(), testing::read_file(entry.path())));
    if (parsed) files.push_back(std::move(parsed.value()));
  }
  std::vector<const syntax::Dockerfile*> pointers;
  for (const auto& f : files) pointers.push_back(&f);
  testing::TempDir dir;
  auto start = std::chrono::steady_clock::now();
  auto run = lint::run_shellcheck(pointers, options_in(dir));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t findings = 0;
  for (const auto& list : run.findings) findings += list.size();
  std::cout << "shellcheck corpus: " << files.size() << " files, " << run.scripts << " scripts ("
            << run.distinct_scripts << " distinct), " << run.processes << " processes, " << findings
            << " findings in " << seconds << " s = " << run.scripts / seconds << " scripts/s\n";
  for (const std::string& w : run.warnings) std::cout << "  warning: " << w << "\n";
  CHECK(run.warnings.empty());
  CHECK(fs::is_empty(dir.path()));
}
