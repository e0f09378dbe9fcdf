// The embedded image catalogue parses, and answers what the recipes ask of it.
#include <catch2/catch.hpp>

#include "rewrite/catalog.h"
#include "rewrite/embedded_data.h"

using distill::rewrite::Catalog;
using distill::rewrite::RuntimeKind;

TEST_CASE("the embedded catalogue parses and names real images", "[rewrite][catalog]") {
  auto parsed = Catalog::parse(distill::rewrite::images_yaml());
  REQUIRE(parsed.ok());
  const Catalog& catalog = *parsed;
  CHECK(catalog.nonroot_uid() == 65532);
  CHECK(catalog.default_suite() == "debian13");
  CHECK(catalog.suite_for_alias("bookworm") == "debian12");
  CHECK(catalog.suite_for_alias("jammy") == "debian12");
  CHECK_FALSE(catalog.suite_for_alias("alpine3.19"));

  auto python = catalog.find(RuntimeKind::kPython, "3.11", "debian12", true);
  REQUIRE(python);
  CHECK(python->reference == "gcr.io/distroless/python3-debian12:nonroot");
  CHECK(python->entrypoint == std::vector<std::string>{"/usr/bin/python3.11"});
  CHECK(python->version.eol);
  CHECK_FALSE(catalog.find(RuntimeKind::kPython, "3.11", "debian13", true));

  auto node = catalog.find(RuntimeKind::kNode, "22", "debian13", false);
  REQUIRE(node);
  CHECK(node->reference == "gcr.io/distroless/nodejs22-debian13:latest");
  CHECK(node->entrypoint == std::vector<std::string>{"/nodejs/bin/node"});

  auto java = catalog.find(RuntimeKind::kJava, "21", "debian13", true);
  REQUIRE(java);
  CHECK(java->entrypoint == std::vector<std::string>{"/usr/bin/java", "-jar"});

  auto cc = catalog.find(RuntimeKind::kCc, "", "debian12", true);
  REQUIRE(cc);
  CHECK(cc->reference == "gcr.io/distroless/cc-debian12:nonroot");
  CHECK(cc->entrypoint.empty());

  CHECK(catalog.provides_library(RuntimeKind::kPython, "libffi-dev"));
  CHECK_FALSE(catalog.provides_library(RuntimeKind::kPython, "libpq-dev"));
  CHECK(catalog.builder("golang")->stack == distill::rewrite::Stack::kGo);
}

TEST_CASE("a broken catalogue is an error, not a crash", "[rewrite][catalog]") {
  CHECK_FALSE(Catalog::parse("suites: [").ok());
  CHECK_FALSE(Catalog::parse("default_suite: debian13\n").ok());
}
