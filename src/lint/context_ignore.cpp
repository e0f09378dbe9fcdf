// BuildKit prefers the ignore file named after the Dockerfile, so one context can serve several Dockerfiles.
#include "lint/context_ignore.h"

#include <filesystem>

namespace distill::lint {

std::optional<ContextIgnore> find_context_ignore(const std::string& dockerfile_path,
                                                 const std::string& context_dir,
                                                 const core::FileSystem& files) {
  std::filesystem::path dockerfile(dockerfile_path);
  std::string own = dockerfile.filename().string() + ".dockerignore";
  std::pair<std::string, std::filesystem::path> candidates[] = {
      {own, dockerfile.parent_path() / own},
      {".dockerignore", std::filesystem::path(context_dir) / ".dockerignore"},
  };
  for (const auto& [name, path] : candidates) {
    auto text = files.read(path.string());
    if (!text) continue;
    ContextIgnore found;
    found.name = name;
    found.rules.add_text(*text);
    return found;
  }
  return std::nullopt;
}

}  // namespace distill::lint
