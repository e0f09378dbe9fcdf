// The build context's ignore file is the one BuildKit would use: the Dockerfile's own, else the context's.
#include <catch2/catch.hpp>

#include "lint/context_ignore.h"

using namespace distill;

TEST_CASE("context ignore: <Dockerfile>.dockerignore beside the Dockerfile wins over .dockerignore") {
  core::DiskFileSystem disk;
  core::OverlayFileSystem files(disk);
  const std::string dir = "/nonexistent-distill-test/app";
  CHECK_FALSE(lint::find_context_ignore(dir + "/Dockerfile", dir, files));

  files.set(dir + "/.dockerignore", "node_modules\n");
  auto found = lint::find_context_ignore(dir + "/Dockerfile", dir, files);
  REQUIRE(found);
  CHECK(found->name == ".dockerignore");
  CHECK(found->rules.ignored("node_modules/x", false));

  files.set(dir + "/api.Dockerfile.dockerignore", "dist\n");
  found = lint::find_context_ignore(dir + "/api.Dockerfile", dir, files);
  REQUIRE(found);
  CHECK(found->name == "api.Dockerfile.dockerignore");
  CHECK(found->rules.ignored("dist", false));
  CHECK_FALSE(found->rules.ignored("node_modules", false));
  // Another Dockerfile in the same context still gets the shared file.
  CHECK(lint::find_context_ignore(dir + "/web.Dockerfile", dir, files)->name == ".dockerignore");
}
