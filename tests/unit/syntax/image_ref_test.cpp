// image_reference_problem follows the reference grammar BuildKit parses FROM images with: these are the
// edges of that grammar (separators, registry hosts, tags, digests, case).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "syntax/image_ref.h"

using distill::syntax::image_reference_problem;

TEST_CASE("image references BuildKit accepts") {
  const std::string hex64(64, 'a');
  for (const std::string& ref : std::vector<std::string>{
           "busybox", "busybox:latest", "busybox:stable-musl", "docker.io/library/busybox:1.36",
           "gcr.io/distroless/static-debian12:nonroot", "localhost/app", "localhost:5000/team/app:v1_2.3",
           "registry.example.com:443/app@sha256:" + hex64, "app:1@sha256:" + hex64, "my_stage", "a__b",
           "a---b", "a.b-c_d", "[::1]:5000/app", "Registry.Example.COM/app", "builder", "scratch",
           "x:_tag"}) {
    INFO(ref);
    CHECK_FALSE(image_reference_problem(ref));
  }
}

TEST_CASE("image references BuildKit rejects, with a reason") {
  const std::string hex64(64, 'a');
  for (const std::string& ref : std::vector<std::string>{"",
                                                         "busybox:",
                                                         ":latest",
                                                         "Busybox",
                                                         "library/Busybox:1",
                                                         "busybox:-tag",
                                                         "busybox:a/b",
                                                         "a..b",
                                                         "a___b",
                                                         "-app",
                                                         "app-",
                                                         "a//b",
                                                         "a/b/",
                                                         "example.com:/app",
                                                         "exa_mple.com/app",
                                                         "-example.com/app",
                                                         "app@sha256:abc",
                                                         "app@md5:" + hex64,
                                                         "app@sha256:" + std::string(64, 'A'),
                                                         "app@",
                                                         hex64,
                                                         "busy box",
                                                         "app:" + std::string(129, 't')}) {
    INFO(ref);
    auto problem = image_reference_problem(ref);
    REQUIRE(problem);
    CHECK_FALSE(problem->empty());
  }
  CHECK(*image_reference_problem("busybox:") == "the tag after ':' is empty");
  CHECK(*image_reference_problem("") == "the image name is empty");
  CHECK(*image_reference_problem("Busybox") == "the repository name 'Busybox' must be lower case");
}
