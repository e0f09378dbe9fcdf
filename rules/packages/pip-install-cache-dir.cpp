// DL3042: `pip install` keeps every downloaded wheel and sdist in ~/.cache/pip; in an image that cache is
// dead weight (often tens to hundreds of MB) frozen into the layer.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3042",
                         .slug = "pip-install-cache-dir",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = package_util::kPipCommands};

bool truthy(std::string_view value) {
  for (std::string_view yes : {"1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES"}) {
    if (value == yes) return true;
  }
  return false;
}

bool assigns_no_cache_dir(const std::string& name, const Word& value) {
  return name == "PIP_NO_CACHE_DIR" && value.literal && truthy(*value.literal);
}

// PIP_NO_CACHE_DIR=<truthy> set for this pip: ENV/ARG in the stage (or the stage it is built FROM), a prefix
// assignment (`PIP_NO_CACHE_DIR=1 pip …`, `env PIP_NO_CACHE_DIR=1 pip …`) or an `export` in the same RUN.
bool cache_disabled_by_environment(const Command& pip, const Instruction& run, Context& ctx) {
  if (auto value = package_util::variable(ctx, "PIP_NO_CACHE_DIR"); value && truthy(*value)) return true;
  for (const auto& [name, value] : pip.assignments) {
    if (assigns_no_cache_dir(name, value)) return true;
  }
  for (const Command& command : package_util::run_commands(run, ctx)) {
    if (!command.is("export")) continue;
    for (const Word& arg : command.args) {
      const std::string& text = arg.value();
      if (text.rfind("PIP_NO_CACHE_DIR=", 0) == 0 && truthy(std::string_view(text).substr(17))) return true;
    }
  }
  return false;
}

// A cache or tmpfs mount where this pip keeps its cache: --cache-dir, PIP_CACHE_DIR, or ~/.cache/pip of
// whichever user runs it.
bool cache_mounted(const Command& pip, const Instruction& run, Context& ctx) {
  std::vector<std::string> dirs = {"/root/.cache/pip"};
  if (auto dir = pip.flag_value("cache-dir")) dirs.push_back(package_util::without_trailing_slash(*dir));
  if (auto dir = package_util::variable(ctx, "PIP_CACHE_DIR"))
    dirs.push_back(package_util::without_trailing_slash(*dir));
  for (const std::string& dir : dirs) {
    if (package_util::mount_holds(run, ctx, dir)) return true;
  }
  return package_util::mount_where(run, ctx, [](std::string_view target) {
    return package_util::ends_with(target, "/.cache/pip") || package_util::ends_with(target, "/.cache");
  });
}

// The same RUN deletes the cache: `pip cache purge`, or `rm -rf` of ~/.cache/pip (or ~/.cache, or
// --cache-dir/PIP_CACHE_DIR), written with or without a variable for the home directory.
bool cache_removed(const Command& pip, const Instruction& run, Context& ctx) {
  std::vector<std::string> dirs;
  if (auto dir = pip.flag_value("cache-dir")) dirs.push_back(package_util::without_trailing_slash(*dir));
  if (auto dir = package_util::variable(ctx, "PIP_CACHE_DIR"))
    dirs.push_back(package_util::without_trailing_slash(*dir));
  for (const Command& command : package_util::run_commands(run, ctx)) {
    if (auto other = package_util::pip_view(command);
        other && package_util::has_operands(*other, {"cache", "purge"}))
      return true;
    if (!command.is("rm") || !command.has_any_flag({"r", "R", "recursive"})) continue;
    for (const Word& operand : command.args_without_flags()) {
      std::string path = package_util::without_trailing_slash(operand.value());
      if (path.size() >= 2 && path.substr(path.size() - 2) == "/*") path.resize(path.size() - 2);
      if (package_util::ends_with(path, "/.cache/pip") || package_util::ends_with(path, "/.cache"))
        return true;
      for (const std::string& dir : dirs) {
        if (package_util::path_within(dir, path)) return true;
      }
    }
  }
  return false;
}

class PipInstallCacheDir final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction& run, Context& ctx) override {
    auto pip = package_util::pip_view(command);
    if (!pip || pip->subcommand() != "install" || pip->has_flag("no-cache-dir")) return;
    if (cache_disabled_by_environment(*pip, run, ctx) || cache_mounted(*pip, run, ctx) ||
        cache_removed(*pip, run, ctx))
      return;
    std::optional<core::Fix> fix;
    if (auto edit = package_util::insert_after_subcommand(*pip, "--no-cache-dir"))
      fix = core::Fix::safe("Add --no-cache-dir", {*edit});
    core::ByteRange range = package_util::command_through_subcommand(*pip);
    range.begin = command.name.source.begin;  // `python -m pip install`: from the interpreter
    ctx.report(range,
               "pip install keeps its download cache in the layer; use 'pip install --no-cache-dir' (or set "
               "ENV PIP_NO_CACHE_DIR=1, or mount a cache at /root/.cache/pip)",
               std::move(fix));
  }
};

}  // namespace

std::unique_ptr<Rule> make_pip_install_cache_dir() {
  return std::make_unique<PipInstallCacheDir>();
}

}  // namespace distill::rules
