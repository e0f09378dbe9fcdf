// Scope keeps declaration order and "declared but unset" apart from "set but empty"; predefined ARGs are
// right.
#include <catch2/catch.hpp>

#include "syntax/variables/expansion.h"
#include "syntax/variables/predefined_args.h"
#include "syntax/variables/scope.h"

using namespace distill::syntax::variables;

TEST_CASE("set, declare and get", "[variables][scope]") {
  Scope scope;
  CHECK(scope.empty());
  scope.set("B", "2");
  scope.declare("A");
  scope.set("E", "");
  CHECK(scope.get("B") == std::optional<std::string>("2"));
  CHECK(scope.get("E") == std::optional<std::string>(""));
  CHECK_FALSE(scope.get("A").has_value());
  CHECK(scope.contains("A"));
  CHECK_FALSE(scope.contains("Z"));
  CHECK_FALSE(scope.get("Z").has_value());

  scope.set("A", "1");  // a later value keeps the declaration's place
  scope.declare("B");   // re-declaring without a value keeps the value
  CHECK(scope.get("A") == std::optional<std::string>("1"));
  CHECK(scope.get("B") == std::optional<std::string>("2"));
  REQUIRE(scope.size() == 3);
  CHECK(scope.entries()[0].name == "B");
  CHECK(scope.entries()[1].name == "A");
  CHECK(scope.entries()[2].name == "E");
}

TEST_CASE("a scope's lookup drives expansion", "[variables][scope]") {
  Scope scope;
  scope.set("E", "");
  scope.declare("D");
  scope.set("V", "v");
  const auto result = expand_word("${E-e}|${E:-e}|${D-d}|$V|$D", scope.lookup());
  REQUIRE(result.ok());
  CHECK(result->value == "|e|d|v|");
  CHECK(result->unset == std::vector<std::string>{"D"});
}

TEST_CASE("predefined ARGs", "[variables][scope]") {
  const Scope args = predefined_args();
  CHECK(args.get("TARGETPLATFORM") == std::optional<std::string>("linux/amd64"));
  CHECK(args.get("TARGETOS") == std::optional<std::string>("linux"));
  CHECK(args.get("TARGETARCH") == std::optional<std::string>("amd64"));
  CHECK(args.get("TARGETVARIANT") == std::optional<std::string>(""));
  CHECK(args.get("BUILDPLATFORM") == std::optional<std::string>("linux/amd64"));
  CHECK(args.get("BUILDOS") == std::optional<std::string>("linux"));
  CHECK(args.get("BUILDARCH") == std::optional<std::string>("amd64"));
  CHECK(args.get("BUILDVARIANT") == std::optional<std::string>(""));
  for (const char* proxy : {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY",
                            "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"}) {
    INFO(proxy);
    CHECK(args.contains(proxy));
    CHECK_FALSE(args.get(proxy).has_value());
  }
  CHECK(args.size() == 18);
  CHECK_FALSE(args.contains("PATH"));

  const auto file =
      expand_word("tool-${TARGETOS}-${TARGETARCH}${TARGETVARIANT:+-$TARGETVARIANT}.tgz", args.lookup());
  REQUIRE(file.ok());
  CHECK(file->value == "tool-linux-amd64.tgz");
  CHECK(file->unset.empty());
}
