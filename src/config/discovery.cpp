// Implements the config search order. Each tool's files are searched as a whole (project, then user) before
// the other tool's, because a user-level distill config is a deliberate choice a stray .hadolint.yaml must
// not override.
#include "config/discovery.h"

#include <string>
#include <system_error>
#include <vector>

namespace distill::config {

namespace fs = std::filesystem;

namespace {

bool is_file(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

// start_dir and its parents up to and including the repository root, or up to the filesystem root.
std::vector<fs::path> project_dirs(const fs::path& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir, ec).lexically_normal();
  if (ec) dir = start_dir.lexically_normal();
  if (!dir.has_filename() && dir != dir.root_path()) dir = dir.parent_path();  // "a/b/" -> "a/b"
  std::vector<fs::path> dirs;
  while (true) {
    dirs.push_back(dir);
    // .git is a directory in a clone and a file in a worktree or submodule; either marks the root.
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path() || !dir.has_parent_path() ||
        dir.parent_path() == dir) {
      break;
    }
    dir = dir.parent_path();
  }
  return dirs;
}

struct Locations {
  std::vector<std::string> project_names;  // looked for in each project directory
  std::vector<fs::path> user_files;        // then these, in order
};

std::optional<fs::path> search(const std::vector<fs::path>& dirs, const Locations& where) {
  for (const auto& dir : dirs) {
    for (const auto& name : where.project_names) {
      if (is_file(dir / name)) return dir / name;
    }
  }
  for (const auto& file : where.user_files) {
    if (is_file(file)) return file;
  }
  return std::nullopt;
}

}  // namespace

std::optional<fs::path> find_config_file(const fs::path& start_dir, const Environment& env) {
  std::optional<fs::path> home;
  if (auto value = non_empty(env, "HOME")) home = fs::path(*value);
  std::optional<fs::path> config_home;
  if (auto value = non_empty(env, "XDG_CONFIG_HOME"); value && fs::path(*value).is_absolute()) {
    config_home = fs::path(*value);
  } else if (home) {
    config_home = *home / ".config";
  }

  Locations distill{{".distill.yaml", ".distill.yml"}, {}};
  Locations hadolint{{".hadolint.yaml", ".hadolint.yml"}, {}};
  if (config_home) {
    distill.user_files.push_back(*config_home / "distill" / "config.yaml");
    hadolint.user_files.push_back(*config_home / "hadolint.yaml");
    hadolint.user_files.push_back(*config_home / "hadolint.yml");
  }
  if (home) {
    distill.user_files.push_back(*home / ".distill.yaml");
    for (const char* name :
         {".hadolint/hadolint.yaml", ".hadolint/hadolint.yml", ".hadolint.yaml", ".hadolint.yml"}) {
      hadolint.user_files.push_back(*home / name);
    }
  }

  auto dirs = project_dirs(start_dir);
  if (auto found = search(dirs, distill)) return found;
  return search(dirs, hadolint);
}

}  // namespace distill::config
