#include "rewrite/context_data.h"

#include "core/text.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace distill::rewrite {

namespace {

namespace fs = std::filesystem;

bool source_or_build_file(const std::string& name) {
  static const std::set<std::string, std::less<>> kNames = {"Makefile",
                                                            "makefile",
                                                            "GNUmakefile",
                                                            "CMakeLists.txt",
                                                            "Cargo.toml",
                                                            "Cargo.lock",
                                                            "go.mod",
                                                            "go.sum",
                                                            "go.work",
                                                            "pom.xml",
                                                            "build.gradle",
                                                            "build.gradle.kts",
                                                            "settings.gradle",
                                                            "settings.gradle.kts",
                                                            "gradlew",
                                                            "gradlew.bat",
                                                            "mvnw",
                                                            "mvnw.cmd",
                                                            "configure",
                                                            "configure.ac",
                                                            "meson.build",
                                                            "BUILD",
                                                            "BUILD.bazel",
                                                            "WORKSPACE",
                                                            "LICENSE",
                                                            "LICENCE",
                                                            "COPYING",
                                                            "NOTICE",
                                                            "AUTHORS",
                                                            "CHANGELOG",
                                                            "Dockerfile",
                                                            "Containerfile",
                                                            "Procfile",
                                                            "Jenkinsfile",
                                                            "Vagrantfile"};
  static const std::set<std::string, std::less<>> kExtensions = {
      ".go",   ".rs", ".c",     ".h",     ".cc", ".cpp", ".cxx", ".hpp",  ".hh", ".hxx",
      ".java", ".kt", ".scala", ".cmake", ".md", ".rst", ".o",   ".a",    ".mk", ".s",
      ".S",    ".in", ".am",    ".m4",    ".sh", ".bat", ".ps1", ".patch"};
  if (kNames.contains(name) || name.starts_with(".") || name.starts_with("Dockerfile") ||
      name.ends_with(".Dockerfile") || name.ends_with(".dockerfile") || name.starts_with("Containerfile") ||
      name.starts_with("README") || name.starts_with("LICENSE") || name.starts_with("docker-compose") ||
      name.starts_with("compose.")) {
    return true;
  }
  size_t dot = name.rfind('.');
  return dot != std::string::npos && kExtensions.contains(name.substr(dot));
}

bool build_directory(const std::string& name) {
  static const std::set<std::string, std::less<>> kDirs = {
      "src", "target", "build",    "vendor", "node_modules", "test",        "tests",   "testdata", "docs",
      "doc", "cmd",    "internal", "pkg",    "include",      "examples",    "example", "benches",  "scripts",
      "ci",  "gradle", "out",      "bin",    "obj",          "third_party", "deps",    "cmake"};
  return kDirs.contains(name) || name.starts_with(".");
}

// Whether a directory holds anything but sources (bounded walk: huge trees count as data).
bool holds_data(const fs::path& dir) {
  std::error_code error;
  size_t seen = 0;
  for (auto it = fs::recursive_directory_iterator(dir, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (++seen > 2000) return true;
    if (it->is_regular_file(error) && !source_or_build_file(it->path().filename().string())) return true;
  }
  return false;
}

std::vector<std::string> ignore_patterns(const BuildContext& context) {
  std::vector<std::string> patterns;
  auto text = context.read(".dockerignore");
  if (!text) return patterns;
  for (std::string_view piece : core::split(*text, '\n')) {
    std::string line(piece);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '/'))
      line.pop_back();
    while (line.starts_with("./") || line.starts_with("/")) line.erase(0, line.starts_with("/") ? 1 : 2);
    if (!line.empty() && line[0] != '#' && line[0] != '!') patterns.push_back(line);
  }
  return patterns;
}

bool ignored(const std::vector<std::string>& patterns, const std::string& name) {
  for (const auto& pattern : patterns) {
    if (fnmatch(pattern.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> context_data_paths(const PlanContext& context) {
  std::vector<std::string> paths;
  if (!context.context.available()) return paths;
  fs::path root = context.context.directory();
  std::error_code error;
  if (!fs::is_directory(root, error)) return paths;
  auto patterns = ignore_patterns(context.context);
  for (const auto& copied : context.facts.copies) {
    if (copied.from_stage) continue;
    bool whole_context = false;
    for (const auto& source : copied.sources)
      whole_context = whole_context || source == "." || source == "./";
    if (!whole_context) continue;
    std::vector<std::string> found;
    std::vector<fs::path> entries;
    for (const auto& entry : fs::directory_iterator(root, error)) entries.push_back(entry.path());
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) {
      std::string name = entry.filename().string();
      if (ignored(patterns, name)) continue;
      bool data = fs::is_directory(entry, error) ? !build_directory(name) && holds_data(entry)
                                                 : !source_or_build_file(name);
      if (data) found.push_back(absolute_path(copied.destination, name));
    }
    // Past a handful of entries a list of COPY lines helps nobody: the whole directory goes across.
    constexpr size_t kMostEntries = 12;
    if (found.size() > kMostEntries) {
      context.note(std::to_string(found.size()) + " data files in the build context: " + copied.destination +
                   " is copied whole");
      found = {copied.destination};
    }
    paths.insert(paths.end(), found.begin(), found.end());
  }
  return paths;
}

}  // namespace distill::rewrite
