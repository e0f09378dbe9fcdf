// Focused checks of the Python and Node recipes and the pieces they share (tag parsing, shell-form
// conversion, HEALTHCHECK probes, which builder paths reach the runtime). The golden fixtures show whole
// files; these pin one decision each.
#include <catch2/catch.hpp>

#include <string>

#include "core/file_system.h"
#include "rewrite/base_image.h"
#include "rewrite/rewriter.h"
#include "syntax/image_ref.h"

namespace {

using distill::rewrite::Outcome;
using distill::rewrite::RewriteOptions;
using distill::rewrite::Status;

Outcome run(const std::string& dockerfile, RewriteOptions options = {}) {
  distill::core::DiskFileSystem disk;
  return distill::rewrite::rewrite(distill::core::SourceText("Dockerfile", dockerfile), options, disk);
}

// The runtime stage: everything after the last FROM line.
std::string runtime_stage(const Outcome& outcome) {
  size_t at = outcome.text.rfind("\nFROM ");
  return at == std::string::npos ? "" : outcome.text.substr(at + 1);
}

distill::rewrite::BaseImage base(const std::string& reference) {
  return distill::rewrite::classify_base(distill::syntax::parse_image_ref(reference),
                                         distill::rewrite::Catalog::embedded());
}

}  // namespace

TEST_CASE("base image tags: version, suite, variants", "[rewrite][base_image]") {
  auto python = base("python:3.11.4-slim-bookworm");
  CHECK(python.version == "3.11");
  CHECK(python.suite == std::optional<std::string>("debian12"));
  CHECK(python.variant == std::vector<std::string>{"slim"});
  CHECK_FALSE(python.alpine);

  CHECK(base("python:3-slim").version.empty());  // a major alone does not pin a minor
  CHECK(base("python:latest").version.empty());
  CHECK(base("python:3.13").suite == std::nullopt);  // unsuffixed: the catalogue's default suite decides

  auto node = base("node:22.3.0-bookworm-slim");
  CHECK(node.version == "22");
  CHECK(node.suite == std::optional<std::string>("debian12"));

  auto alpine = base("node:18-alpine3.19");
  CHECK(alpine.alpine);
  CHECK(alpine.version == "18");
  CHECK(base("docker.io/library/python:3.13-slim").stack == distill::rewrite::Stack::kPython);
}

TEST_CASE("builder references follow each image's suffix style", "[rewrite][base_image]") {
  using distill::rewrite::builder_reference;
  CHECK(builder_reference(base("node:18-alpine"), "18", "bookworm") == "node:18-bookworm-slim");
  CHECK(builder_reference(base("node:22-slim"), "22", "trixie") == "node:22-trixie-slim");
  CHECK(builder_reference(base("node:16"), "22", "trixie") == "node:22-trixie");
  CHECK(builder_reference(base("python:3.9-slim"), "3.13", "trixie") == "python:3.13-slim-trixie");
  CHECK(builder_reference(base("python:3.11-alpine"), "3.11", "bookworm") == "python:3.11-slim-bookworm");
}

TEST_CASE("shell-form commands: words convert, shell features refuse", "[rewrite][process]") {
  SECTION("exec prefix and plain words") {
    auto outcome = run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD exec python app.py --debug\n");
    REQUIRE(outcome.status == Status::kRewritten);
    CHECK(runtime_stage(outcome).ends_with("CMD [\"app.py\", \"--debug\"]\n"));
  }
  SECTION("sh -c spelled as JSON") {
    auto outcome =
        run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD [\"sh\", \"-c\", \"python app.py\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    CHECK(runtime_stage(outcome).ends_with("CMD [\"app.py\"]\n"));
  }
  SECTION("a quoted ENV value stays one word; an unquoted one splits") {
    auto outcome =
        run("FROM python:3.13-slim\nWORKDIR /app\nENV GREETING=\"hello world\"\nCOPY . .\n"
            "CMD python app.py \"$GREETING\" $GREETING\n");
    REQUIRE(outcome.status == Status::kRewritten);
    CHECK(runtime_stage(outcome).ends_with("CMD [\"app.py\", \"hello world\", \"hello\", \"world\"]\n"));
  }
  SECTION("a variable no ENV sets") {
    auto outcome = run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD python app.py --port $PORT\n");
    REQUIRE(outcome.status == Status::kRefused);
    CHECK(outcome.refusals.front().code == "needs-shell");
    CHECK(outcome.refusals.front().message.find("$PORT") != std::string::npos);
  }
  SECTION("a redirection") {
    auto outcome = run("FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD node server.js > /tmp/log\n");
    REQUIRE(outcome.status == Status::kRefused);
    CHECK(outcome.refusals.front().code == "needs-shell");
  }
}

TEST_CASE("python packages land on PYTHONPATH where the runtime can read them", "[rewrite][python]") {
  SECTION("bare pip after ENV PATH=/venv/bin:$PATH installs into the venv") {
    auto outcome =
        run("FROM python:3.13-slim\nRUN python -m venv /venv\nENV PATH=\"/venv/bin:$PATH\"\nWORKDIR /app\n"
            "COPY . .\nRUN pip install -r requirements.txt\nCMD [\"gunicorn\", \"app:app\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    std::string runtime = runtime_stage(outcome);
    CHECK(runtime.find("ENV PYTHONPATH=/venv/lib/python3.13/site-packages\n") != std::string::npos);
    CHECK(runtime.find("/usr/local/lib/python3.13/site-packages") == std::string::npos);
    CHECK(runtime.ends_with("CMD [\"-m\", \"gunicorn\", \"app:app\"]\n"));
  }
  SECTION("a system bin directory ahead of the venv means system pip") {
    auto outcome =
        run("FROM python:3.13-slim\nRUN python -m venv /venv\nENV PATH=\"/usr/local/bin:/venv/bin\"\n"
            "WORKDIR /app\nCOPY . .\nRUN pip install flask\nCMD [\"python\", \"app.py\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    // The venv is still copied (it was made), but the packages went to the system site directory.
    CHECK(
        runtime_stage(outcome).find(
            "ENV PYTHONPATH=/venv/lib/python3.13/site-packages:/usr/local/lib/python3.13/site-packages\n") !=
        std::string::npos);
  }
  SECTION("--target inside the application directory is neither copied twice nor listed twice") {
    auto outcome =
        run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --target=/app/deps flask\n"
            "ENV PYTHONPATH=/app/deps\nCMD [\"python\", \"app.py\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    std::string runtime = runtime_stage(outcome);
    CHECK(runtime.find("ENV PYTHONPATH=/app/deps\n") != std::string::npos);
    CHECK(runtime.find("COPY --from=build /app/deps") == std::string::npos);
  }
  SECTION("pip --user as root, run as nonroot: moved out of the 0700 /root") {
    auto outcome =
        run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --user flask\n"
            "CMD [\"python\", \"app.py\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    std::string runtime = runtime_stage(outcome);
    CHECK(runtime.find("COPY --from=build /root/.local/lib/python3.13/site-packages "
                       "/usr/local/lib/python3.13/dist-packages\n") != std::string::npos);
    CHECK(runtime.find("ENV PYTHONPATH=/usr/local/lib/python3.13/dist-packages\n") != std::string::npos);
  }
  SECTION("pip --user with --root stays where it was") {
    RewriteOptions options;
    options.root = true;
    auto outcome =
        run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --user flask\n"
            "CMD [\"python\", \"app.py\"]\n",
            options);
    REQUIRE(outcome.status == Status::kRewritten);
    CHECK(runtime_stage(outcome).find("ENV PYTHONPATH=/root/.local/lib/python3.13/site-packages\n") !=
          std::string::npos);
  }
  SECTION("an editable install's project directory goes on PYTHONPATH after the packages") {
    auto outcome =
        run("FROM python:3.13-slim\nWORKDIR /srv\nCOPY . .\nRUN pip install -e . -r requirements.txt\n"
            "CMD [\"python\", \"-m\", \"svc\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    CHECK(runtime_stage(outcome).find("ENV PYTHONPATH=/usr/local/lib/python3.13/site-packages:/srv\n") !=
          std::string::npos);
  }
  SECTION("package managers copied in from their images stay in the builder") {
    auto outcome =
        run("FROM python:3.13-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /uvx /bin/\nWORKDIR /app\n"
            "COPY . .\nRUN uv sync --frozen --no-editable\nCMD [\"python\", \"-m\", \"app\"]\n");
    REQUIRE(outcome.status == Status::kRewritten);
    CHECK(runtime_stage(outcome).find("/bin/uv") == std::string::npos);
    CHECK(runtime_stage(outcome).find("ENV PYTHONPATH=/app/.venv/lib/python3.13/site-packages\n") !=
          std::string::npos);
  }
}

TEST_CASE("HEALTHCHECK with the language's own interpreter uses the runtime's path",
          "[rewrite][healthcheck]") {
  auto node =
      run("FROM node:22-slim\nWORKDIR /app\nCOPY . .\nHEALTHCHECK --interval=10s CMD node healthcheck.js\n"
          "CMD [\"node\", \"server.js\"]\n");
  REQUIRE(node.status == Status::kRewritten);
  CHECK(runtime_stage(node).find(
            "HEALTHCHECK --interval=10s CMD [\"/nodejs/bin/node\", \"healthcheck.js\"]\n") !=
        std::string::npos);

  auto python =
      run("FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nHEALTHCHECK CMD [\"python3\", \"probe.py\"]\n"
          "CMD [\"python\", \"app.py\"]\n");
  REQUIRE(python.status == Status::kRewritten);
  CHECK(runtime_stage(python).find("HEALTHCHECK CMD [\"/usr/bin/python3.13\", \"probe.py\"]\n") !=
        std::string::npos);
}

TEST_CASE("metadata with variables is written with the values the build saw", "[rewrite][metadata]") {
  auto outcome =
      run("FROM node:22-slim\nENV PORT=8080\nWORKDIR /app\nCOPY . .\nEXPOSE $PORT\nCMD node server.js\n");
  REQUIRE(outcome.status == Status::kRewritten);
  CHECK(runtime_stage(outcome).find("\nEXPOSE 8080\n") != std::string::npos);
}
