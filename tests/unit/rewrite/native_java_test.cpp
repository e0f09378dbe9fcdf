// Focused checks of the compiled-stack (Go, Rust, C, prebuilt binaries) and Java recipes, and of the general
// refusals: one decision per check, where the golden fixtures show whole files.
#include <catch2/catch.hpp>

#include <string>

#include "core/file_system.h"
#include "rewrite/rewriter.h"

namespace {

using distill::rewrite::Outcome;
using distill::rewrite::RewriteOptions;
using distill::rewrite::Status;

// A build context held in memory under /ctx.
struct Context {
  distill::core::DiskFileSystem disk;
  distill::core::OverlayFileSystem files{disk};
  void add(const std::string& relative, std::string content) {
    files.set("/ctx/" + relative, std::move(content));
  }
};

Outcome run(const std::string& dockerfile, RewriteOptions options = {}, const Context* context = nullptr) {
  static const Context empty;
  if (context) options.context_dir = "/ctx";
  return distill::rewrite::rewrite(distill::core::SourceText("Dockerfile", dockerfile), options,
                                   context ? context->files : empty.files);
}

std::string runtime_stage(const Outcome& outcome) {
  size_t at = outcome.text.rfind("\nFROM ");
  return at == std::string::npos ? "" : outcome.text.substr(at + 1);
}

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string refusal(const Outcome& outcome) {
  return outcome.refusals.empty() ? "" : outcome.refusals.front().code;
}

}  // namespace

TEST_CASE("downloaded binaries are found where curl, wget and tar put them", "[rewrite][native]") {
  SECTION("curl -o") {
    auto out =
        run("FROM debian:12-slim\n"
            "RUN apt-get update && apt-get install -y curl && curl -fsSL -o /usr/local/bin/tool https://x/t\n"
            "CMD [\"tool\", \"serve\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(has(runtime_stage(out), "COPY --from=build /usr/local/bin/tool /usr/local/bin/tool\n"));
    CHECK(has(runtime_stage(out), "CMD [\"/usr/local/bin/tool\", \"serve\"]"));
  }
  SECTION("wget -O") {
    auto out =
        run("FROM ubuntu:22.04\nRUN wget -q -O /opt/bin/agent https://x/agent && chmod +x /opt/bin/agent\n"
            "ENTRYPOINT [\"agent\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(has(runtime_stage(out), "ENTRYPOINT [\"/opt/bin/agent\"]"));
  }
  SECTION("tar -C with the member named") {
    auto out =
        run("FROM debian:12\nRUN curl -sL https://x/a.tgz | tar -xz -C /usr/local/bin agent\n"
            "CMD [\"agent\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(has(runtime_stage(out), "CMD [\"/usr/local/bin/agent\"]"));
  }
  SECTION("a later mv wins over a tar guess") {
    auto out = run(
        "FROM debian:12\nRUN curl -sL https://x/a.tgz | tar -xz -C /opt && mv /opt/pkg/agent /usr/bin/agent\n"
        "CMD [\"agent\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(has(runtime_stage(out), "CMD [\"/usr/bin/agent\"]"));
  }
  SECTION("a program the build never wrote is refused") {
    auto out = run("FROM debian:12\nRUN echo hi\nCMD [\"mystery\"]\n");
    CHECK(refusal(out) == "unknown-command");
  }
  SECTION("a program from an apt package is refused and named") {
    auto out = run("FROM debian:12\nRUN apt-get update && apt-get install -y haproxy\nCMD [\"haproxy\"]\n");
    CHECK(refusal(out) == "os-package-binary");
    CHECK(has(out.refusals.front().message, "haproxy"));
  }
}

TEST_CASE("static binaries keep their builder and get the default suite", "[rewrite][native]") {
  SECTION("Go without cgo") {
    auto out = run("FROM golang:1.22-bookworm\nENV CGO_ENABLED=0\nRUN go build -o /app .\nCMD [\"/app\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(first_line(out.text) == "FROM golang:1.22-bookworm AS build");
    CHECK(first_line(runtime_stage(out)) == "FROM gcr.io/distroless/static-debian13:nonroot");
  }
  SECTION("C linked with -static is not re-pinned") {
    auto out = run("FROM gcc:12\nRUN gcc -static -o /hello hello.c\nCMD [\"/hello\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(first_line(out.text) == "FROM gcc:12 AS build");
    CHECK(has(runtime_stage(out), "static-debian13"));
  }
  SECTION("--suite still decides") {
    RewriteOptions options;
    options.suite = "debian12";
    auto out = run("FROM golang:1.22\nRUN CGO_ENABLED=0 go build -o /app .\nCMD [\"/app\"]\n", options);
    CHECK(has(runtime_stage(out), "static-debian12"));
  }
  SECTION("cgo pins a floating builder to the runtime's suite") {
    auto out = run("FROM golang:1.24\nRUN go build -o /app .\nCMD [\"/app\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(first_line(out.text) == "FROM golang:1.24-trixie AS build");
    CHECK(has(runtime_stage(out), "base-debian13"));
  }
  SECTION("a builder newer than the requested suite is refused") {
    RewriteOptions options;
    options.suite = "debian12";
    auto out =
        run("FROM rust:1.85-trixie\nRUN cargo build --release\nCMD [\"./target/release/x\"]\n", options);
    CHECK(refusal(out) == "suite-mismatch");
  }
}

TEST_CASE("asset directories are copied where COPY put their contents", "[rewrite][native]") {
  auto out =
      run("FROM golang:1.22\nWORKDIR /app\nCOPY templates/ ./templates/\nCOPY site ./public\n"
          "COPY --from=ui /ui/dist ./static\nRUN CGO_ENABLED=0 go build -o web\nCMD [\"./web\"]\n");
  REQUIRE(out.status == Status::kRewritten);
  auto stage = runtime_stage(out);
  CHECK(has(stage, "COPY --from=build /app/templates /app/templates\n"));
  CHECK(has(stage, "COPY --from=build /app/public /app/public\n"));
  CHECK(has(stage, "COPY --from=build /app/static /app/static\n"));
  CHECK_FALSE(has(stage, "templates/templates"));
}

TEST_CASE("files the command line names are copied when the build put them there", "[rewrite][native]") {
  Context context;
  context.add("conf/app.toml", "x = 1\n");
  auto out =
      run("FROM golang:1.22\nWORKDIR /app\nCOPY . .\nCOPY defaults.yaml /etc/app/defaults.yaml\n"
          "RUN CGO_ENABLED=0 go build -o app\n"
          "CMD [\"./app\", \"-c\", \"conf/app.toml\", \"--defaults=/etc/app/defaults.yaml\", \"--mode\", "
          "\"fast\"]\n",
          {}, &context);
  REQUIRE(out.status == Status::kRewritten);
  auto stage = runtime_stage(out);
  CHECK(has(stage, "COPY --from=build /app/conf/app.toml /app/conf/app.toml\n"));
  CHECK(has(stage, "COPY --from=build /etc/app/defaults.yaml /etc/app/defaults.yaml\n"));
  CHECK_FALSE(has(stage, "/app/fast"));  // a word that is not a file in the context is not copied
}

TEST_CASE("prebuilt binaries bring every file COPY'd beside them", "[rewrite][native]") {
  auto out =
      run("FROM ubuntu:22.04\nCOPY server /usr/local/bin/server\nCOPY conf/ /etc/server/\n"
          "CMD [\"server\"]\n");
  REQUIRE(out.status == Status::kRewritten);
  auto stage = runtime_stage(out);
  CHECK(has(stage, "/etc/server /etc/server\n"));
  CHECK(has(stage, "COPY --from=build /usr/local/bin/server /usr/local/bin/server\n"));
  CHECK(has(stage, "cc-debian12"));
}

TEST_CASE("Java: the jar stays in ENTRYPOINT when the original put it there", "[rewrite][java]") {
  SECTION("no CMD: none is invented") {
    auto out =
        run("FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT [\"java\", \"-jar\", "
            "\"/app.jar\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    auto stage = runtime_stage(out);
    CHECK(has(stage, "ENTRYPOINT [\"/usr/bin/java\", \"-jar\", \"/app.jar\"]\n"));
    CHECK_FALSE(has(stage, "CMD"));
  }
  SECTION("CMD is re-declared next to the ENTRYPOINT") {
    auto out = run(
        "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n"
        "CMD [\"--port\", \"80\"]\n");
    auto stage = runtime_stage(out);
    CHECK(has(stage, "ENTRYPOINT [\"/usr/bin/java\", \"-jar\", \"/app.jar\"]\nCMD [\"--port\", \"80\"]\n"));
  }
  SECTION("a plain java -jar CMD becomes arguments of the image's java -jar") {
    auto out =
        run("FROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY app.jar .\nCMD [\"java\", \"-jar\", "
            "\"app.jar\", \"x\"]\n");
    auto stage = runtime_stage(out);
    CHECK(has(stage, "CMD [\"app.jar\", \"x\"]\n"));
    CHECK_FALSE(has(stage, "ENTRYPOINT"));
  }
}

TEST_CASE("Java: the runtime suite does not follow the JDK image's OS", "[rewrite][java]") {
  auto out =
      run("FROM eclipse-temurin:17-jdk-jammy\nCOPY a.jar /a.jar\nCMD [\"java\", \"-jar\", \"/a.jar\"]\n");
  REQUIRE(out.status == Status::kRewritten);
  CHECK(first_line(runtime_stage(out)) == "FROM gcr.io/distroless/java17-debian13:nonroot");
  CHECK(first_line(out.text) == "FROM eclipse-temurin:17-jdk-jammy AS build");
}

TEST_CASE("Java: options from a shell variable move to JAVA_TOOL_OPTIONS", "[rewrite][java]") {
  SECTION("set") {
    auto out =
        run("FROM eclipse-temurin:21-jre\nENV JAVA_OPTS=\"-Xmx1g -Dx=y\"\nCOPY a.jar /a.jar\n"
            "CMD java $JAVA_OPTS -jar /a.jar\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(has(runtime_stage(out), "ENV JAVA_TOOL_OPTIONS=\"-Xmx1g -Dx=y\"\n"));
    CHECK(has(runtime_stage(out), "CMD [\"/a.jar\"]\n"));
  }
  SECTION("empty: the run-time knob is explained") {
    auto out =
        run("FROM eclipse-temurin:21-jre\nENV JAVA_OPTS=\"\"\nCOPY a.jar /a.jar\n"
            "ENTRYPOINT [\"sh\", \"-c\", \"java $JAVA_OPTS -jar /a.jar\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    bool explained = false;
    for (const auto& note : out.notes) explained = explained || has(note, "JAVA_TOOL_OPTIONS");
    CHECK(explained);
  }
  SECTION("upgrade note does not claim the builder moved") {
    RewriteOptions options;
    options.allow_upgrade = true;
    auto out = run("FROM openjdk:11-jdk\nCOPY a.jar /a.jar\nCMD [\"java\", \"-jar\", \"/a.jar\"]\n", options);
    REQUIRE(out.status == Status::kRewritten);
    for (const auto& note : out.notes) CHECK_FALSE(has(note, "builder and runtime both use"));
  }
}

TEST_CASE("general refusals", "[rewrite][refusal]") {
  SECTION("a base image from a build argument without a default") {
    auto out = run("ARG IMAGE\nFROM ${IMAGE}\nCMD [\"/app\"]\n");
    CHECK(refusal(out) == "variable-base");
    CHECK(has(out.refusals.front().message, "IMAGE"));
  }
  SECTION("a build argument with a default is planned with that default") {
    auto out = run("ARG GO=1.22\nFROM golang:${GO}\nRUN CGO_ENABLED=0 go build -o /app .\nCMD [\"/app\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(first_line(out.text) == "ARG GO=1.22");
  }
  SECTION("...but not when the builder must be re-pinned") {
    auto out = run("ARG GO=1.24\nFROM golang:${GO}\nRUN go build -o /app .\nCMD [\"/app\"]\n");
    CHECK(refusal(out) == "variable-base");
  }
  SECTION("SHELL with a shell-form command points at the command") {
    auto out = run("FROM golang:1.22\nSHELL [\"/bin/bash\", \"-c\"]\nRUN go build -o /app .\nCMD /app\n");
    CHECK(refusal(out) == "needs-shell");
    CHECK(out.refusals.front().where.has_value());
  }
  SECTION("the original's non-root USER is reported") {
    auto out = run("FROM golang:1.22\nRUN CGO_ENABLED=0 go build -o /app .\nUSER nobody\nCMD [\"/app\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    bool reported = false;
    for (const auto& note : out.notes) reported = reported || has(note, "runs as nobody");
    CHECK(reported);
  }
}

TEST_CASE("a plain OS image needs evidence for the program it runs", "[rewrite][native]") {
  SECTION("an install script may have put anything anywhere") {
    auto out =
        run("FROM debian:12\nCOPY install.sh /tmp/\nRUN /tmp/install.sh\nCMD [\"/usr/local/bin/app\"]\n");
    CHECK(refusal(out) == "opaque-install");
  }
  SECTION("an absolute path nothing in the build wrote") {
    auto out = run("FROM debian:12\nRUN apt-get update\nCMD [\"/init\"]\n");
    CHECK(refusal(out) == "unknown-command");
  }
  SECTION("a file under a copied directory") {
    auto out = run("FROM debian:12\nCOPY dist/ /opt/app/\nCMD [\"/opt/app/bin/server\"]\n");
    REQUIRE(out.status == Status::kRewritten);
    CHECK(has(runtime_stage(out), " /opt/app /opt/app\n"));
    CHECK_FALSE(has(runtime_stage(out), "COPY --from=build /opt/app/bin/server"));
  }
  SECTION("make on a Debian image is compiled code: its output path is trusted") {
    auto out =
        run("FROM debian:12\nRUN apt-get update && apt-get install -y build-essential\nWORKDIR /src\n"
            "COPY . .\nRUN make\nCMD [\"/src/out/tool\"]\n");
    REQUIRE(out.status == Status::kRewritten);
  }
}
