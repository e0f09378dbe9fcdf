// A container image reference split the way registries and BuildKit read it:
// [registry/]repository[:tag][@digest].
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace distill::syntax {

struct ImageRef {
  std::string text;        // as written (after variable expansion when the caller expanded it)
  std::string registry;    // "" when the reference has no registry part (Docker Hub)
  std::string repository;  // "library/python" is kept as written: "python"
  std::optional<std::string> tag;
  std::optional<std::string> digest;  // "sha256:…"
  bool has_variables = false;         // the text contains $ (not expanded)

  bool is_scratch() const { return registry.empty() && repository == "scratch"; }
  // repository with its registry, without tag and digest: "gcr.io/distroless/static".
  std::string name() const { return registry.empty() ? repository : registry + "/" + repository; }
};

ImageRef parse_image_ref(std::string_view text);

// Why BuildKit would refuse `text` as a FROM image (the distribution/reference grammar behind its
// ParseNormalizedNamed: lower-case repository path, tag and digest syntax, known digest algorithms), or
// nothing when it is a valid reference. A stage name is a valid reference too.
std::optional<std::string> image_reference_problem(std::string_view text);

}  // namespace distill::syntax
