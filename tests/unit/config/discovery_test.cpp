// Discovery order on real directory trees: nearest project file, stop at the repository root, user-level
// files, and the .hadolint.yaml fallback.
#include <catch2/catch.hpp>

#include "config/discovery.h"
#include "run_command.h"

using distill::config::find_config_file;
using distill::config::fixed_environment;
using distill::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// tmp/home is HOME; tmp/outer/repo is a git repository; tmp/outer/repo/a/b is where the search starts.
struct Tree {
  TempDir tmp;
  fs::path home = tmp.path() / "home";
  fs::path outer = tmp.path() / "outer";
  fs::path repo = outer / "repo";
  fs::path start = repo / "a" / "b";
  Tree() {
    fs::create_directories(home);
    fs::create_directories(start);
    fs::create_directories(repo / ".git");
  }
  fs::path write(const fs::path& path) const {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "no-fail: true\n";
    return path;
  }
  distill::config::Environment env(std::map<std::string, std::string> extra = {}) const {
    extra.emplace("HOME", home.string());
    return fixed_environment(std::move(extra));
  }
};

}  // namespace

TEST_CASE("the nearest .distill.yaml wins, searching upwards") {
  Tree t;
  t.write(t.repo / ".distill.yaml");
  auto nearer = t.write(t.repo / "a" / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env()) == nearer);
}

TEST_CASE(".distill.yaml is preferred to .distill.yml in the same directory; .yml is found too") {
  Tree t;
  auto yml = t.write(t.repo / ".distill.yml");
  CHECK(find_config_file(t.start, t.env()) == yml);
  auto yaml = t.write(t.repo / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env()) == yaml);
}

TEST_CASE("the search stops at the repository root") {
  Tree t;
  t.write(t.outer / ".distill.yaml");  // above the repository: not the project's
  CHECK_FALSE(find_config_file(t.start, t.env()).has_value());
  auto user = t.write(t.home / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env()) == user);
}

TEST_CASE("a .git file (worktree, submodule) also marks the repository root") {
  Tree t;
  fs::remove_all(t.repo / ".git");
  std::ofstream(t.repo / ".git") << "gitdir: /elsewhere\n";
  t.write(t.outer / ".distill.yaml");
  CHECK_FALSE(find_config_file(t.start, t.env()).has_value());
}

TEST_CASE("without a repository the search goes up past the start directory") {
  Tree t;
  fs::remove_all(t.repo / ".git");
  auto above = t.write(t.outer / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env()) == above);
}

TEST_CASE("user-level files: XDG_CONFIG_HOME, then ~/.config, then ~/.distill.yaml") {
  Tree t;
  auto home_file = t.write(t.home / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env()) == home_file);
  auto default_xdg = t.write(t.home / ".config" / "distill" / "config.yaml");
  CHECK(find_config_file(t.start, t.env()) == default_xdg);
  auto xdg = t.tmp.path() / "xdg";
  auto xdg_file = t.write(xdg / "distill" / "config.yaml");
  CHECK(find_config_file(t.start, t.env({{"XDG_CONFIG_HOME", xdg.string()}})) == xdg_file);
  // A relative XDG_CONFIG_HOME is invalid by the XDG spec and ignored.
  CHECK(find_config_file(t.start, t.env({{"XDG_CONFIG_HOME", "relative/dir"}})) == default_xdg);
  // The project file still beats all of them.
  auto project = t.write(t.repo / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env({{"XDG_CONFIG_HOME", xdg.string()}})) == project);
}

TEST_CASE(".hadolint.yaml is read only when no distill config exists anywhere") {
  Tree t;
  auto hadolint = t.write(t.repo / "a" / ".hadolint.yaml");
  CHECK(find_config_file(t.start, t.env()) == hadolint);
  // A user-level distill config beats a project .hadolint.yaml.
  auto user = t.write(t.home / ".distill.yaml");
  CHECK(find_config_file(t.start, t.env()) == user);
}

TEST_CASE(".hadolint.yml and hadolint's user locations, in hadolint's order") {
  Tree t;
  auto home_dot = t.write(t.home / ".hadolint.yaml");
  CHECK(find_config_file(t.start, t.env()) == home_dot);
  auto app_dir = t.write(t.home / ".hadolint" / "hadolint.yaml");
  CHECK(find_config_file(t.start, t.env()) == app_dir);
  auto xdg = t.write(t.home / ".config" / "hadolint.yaml");
  CHECK(find_config_file(t.start, t.env()) == xdg);
  auto project_yml = t.write(t.repo / ".hadolint.yml");
  CHECK(find_config_file(t.start, t.env()) == project_yml);
  // The hadolint search also stops at the repository root.
  fs::remove(project_yml);
  t.write(t.outer / ".hadolint.yaml");
  CHECK(find_config_file(t.start, t.env()) == xdg);
}

TEST_CASE("nothing anywhere: no config; directories with config names are skipped") {
  Tree t;
  fs::create_directories(t.repo / ".distill.yaml");
  CHECK_FALSE(find_config_file(t.start, t.env()).has_value());
  CHECK_FALSE(find_config_file(t.start, fixed_environment({})).has_value());  // no HOME either
}

TEST_CASE("a start directory given with a trailing slash or .. is normalised") {
  Tree t;
  auto project = t.write(t.repo / ".distill.yaml");
  CHECK(find_config_file(t.start.string() + "/", t.env()) == project);
  CHECK(find_config_file(t.start / ".." / "b", t.env()) == project);
}
