// The build context's ignore file, found the way BuildKit finds it for a Dockerfile, so that rules can tell
// which COPY sources the context will not contain. Without it (stdin, no file on disk) those rules are
// silent.
#pragma once

#include <optional>
#include <string>

#include "core/file_system.h"
#include "core/ignore_rules.h"

namespace distill::lint {

struct ContextIgnore {
  std::string name;  // the file's name as found: "Dockerfile.dockerignore" or ".dockerignore"
  core::IgnoreRules rules{core::IgnoreRules::Syntax::kDockerignore};
};

// For the Dockerfile at `dockerfile_path` built with the context `context_dir`: `<Dockerfile's file
// name>.dockerignore` beside the Dockerfile if there is one, else `.dockerignore` at the context root;
// nothing when neither can be read.
std::optional<ContextIgnore> find_context_ignore(const std::string& dockerfile_path,
                                                 const std::string& context_dir,
                                                 const core::FileSystem& files);

}  // namespace distill::lint
