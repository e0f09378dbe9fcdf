// The repository's own Dockerfile builds distill and ships it on distroless: distill must find nothing to
// lint in it and nothing to rewrite.
#include <catch2/catch.hpp>

#include "run_command.h"
#include "test_files.h"

TEST_CASE("the repository's Dockerfile is clean and already distroless", "[cli][dogfood]") {
  auto dockerfile = distill::testing::source_dir() / "Dockerfile";
  std::string path = "'" + dockerfile.string() + "'";
  auto lint = distill::testing::run_command(std::string(DISTILL_BINARY) + " lint " + path);
  INFO(lint.out + lint.err);
  CHECK(lint.exit_code == 0);
  auto rewrite = distill::testing::run_command(std::string(DISTILL_BINARY) + " rewrite --explain " + path);
  CHECK(rewrite.exit_code == 0);
  CHECK(rewrite.out == distill::testing::read_file(dockerfile));
  CHECK(rewrite.err.find("nothing to do") != std::string::npos);
}
