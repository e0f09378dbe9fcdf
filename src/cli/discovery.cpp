// Directory walks are sorted so output order never depends on the file system.
#include "cli/discovery.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/ignore_rules.h"

namespace distill::cli {
namespace fs = std::filesystem;
using core::IgnoreRules;

bool is_dockerfile_name(std::string_view name) {
  for (std::string_view stem : {"Dockerfile", "dockerfile", "Containerfile", "containerfile"}) {
    if (name == stem) return true;
    if (name.size() > stem.size() + 1 && name.substr(0, stem.size()) == stem && name[stem.size()] == '.') {
      return true;
    }
    if (name.size() > stem.size() + 1 && name.substr(name.size() - stem.size()) == stem &&
        name[name.size() - stem.size() - 1] == '.') {
      return true;
    }
  }
  return false;
}

namespace {

void walk(const fs::path& root, const fs::path& dir, IgnoreRules rules, std::vector<Input>& out,
          std::vector<core::Error>& errors) {
  std::error_code ec;
  std::string relative_dir = dir == root ? "" : fs::relative(dir, root, ec).generic_string();
  for (const char* ignore_file : {".gitignore", ".dockerignore"}) {
    fs::path file = dir / ignore_file;
    if (fs::is_regular_file(file, ec)) rules.add_file(file.string(), relative_dir);
  }
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    errors.push_back(core::Error{"cannot read directory: " + ec.message(), dir.string()});
    return;
  }
  for (const auto& entry : it) entries.push_back(entry);
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    std::string name = entry.path().filename().string();
    std::string relative = relative_dir.empty() ? name : relative_dir + "/" + name;
    bool is_dir = entry.is_directory(ec) && !entry.is_symlink(ec);
    if (name == ".git" || rules.ignored(relative, is_dir)) continue;
    if (is_dir) {
      walk(root, entry.path(), rules, out, errors);
    } else if (is_dockerfile_name(name) && entry.is_regular_file(ec)) {
      out.push_back(Input{entry.path().string(), false});
    }
  }
}

}  // namespace

Discovery discover(const std::vector<std::string>& paths) {
  Discovery result;
  for (const std::string& path : paths) {
    if (path == "-") {
      result.inputs.push_back(Input{"-", true});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      result.errors.push_back(core::Error{"no such file or directory", path});
    } else if (fs::is_directory(status)) {
      size_t before = result.inputs.size();
      walk(path, path, IgnoreRules{}, result.inputs, result.errors);
      if (result.inputs.size() == before) {
        result.errors.push_back(core::Error{"no Dockerfile found in this directory", path});
      }
    } else {
      result.inputs.push_back(Input{path, false});
    }
  }
  return result;
}

}  // namespace distill::cli
