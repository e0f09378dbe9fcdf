// DL3060: `yarn install` copies every package tarball into yarn's global cache; unless the same RUN runs
// `yarn cache clean`, that second copy of node_modules is frozen into the layer.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3060",
                         .slug = "yarn-cache-not-cleaned",
                         .category = "packages",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// `yarn install`, `yarn add`, `yarn global add`, and a bare `yarn` (which is `yarn install`).
bool fills_cache(const Command& command) {
  if (!command.is("yarn")) return false;
  std::string subcommand = command.subcommand();
  if (subcommand == "install" || subcommand == "add") return true;
  if (subcommand == "global") return package_util::has_operands(command, {"global", "add"});
  return subcommand.empty() && !command.has_any_flag({"v", "version", "h", "help"});
}

// Where yarn keeps its cache: YARN_CACHE_FOLDER, --cache-folder, yarn's defaults for root and other users
// (/usr/local/share/.cache/yarn, ~/.cache/yarn, ~/.yarn/berry/cache), or a .cache directory holding them.
bool is_yarn_cache_dir(std::string_view path, const std::vector<std::string>& configured) {
  for (const std::string& dir : configured) {
    if (package_util::path_within(dir, path)) return true;
  }
  for (std::string_view part :
       {".cache/yarn", ".yarn/berry/cache", ".yarn/cache", "yarn-cache", "yarn_cache"}) {
    if (path.find(part) != std::string_view::npos) return true;
  }
  return package_util::ends_with(path, "/.cache");
}

bool cleans_cache(const Command& command, const std::vector<std::string>& configured) {
  if (command.is("yarn")) return package_util::has_operands(command, {"cache", "clean"});
  if (!command.is("rm") || !command.has_any_flag({"r", "R", "recursive"})) return false;
  for (const Word& operand : command.args_without_flags()) {
    if (is_yarn_cache_dir(package_util::without_trailing_slash(operand.value()), configured)) return true;
  }
  return false;
}

class YarnCacheNotCleaned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // A cache left in a builder stage nobody builds FROM never reaches an image (hadolint's stage logic).
    if (!package_util::stage_is_final_or_base(ctx)) return;
    const auto& commands = package_util::run_commands(in, ctx);
    std::vector<std::string> configured;
    if (auto dir = package_util::variable(ctx, "YARN_CACHE_FOLDER"))
      configured.push_back(package_util::without_trailing_slash(*dir));
    for (const Command& command : commands) {
      if (auto dir = command.is("yarn") ? command.flag_value("cache-folder") : std::nullopt)
        configured.push_back(package_util::without_trailing_slash(*dir));
    }
    // The first install that no later clean empties the cache after: a clean before the install does not
    // count.
    const Command* install = nullptr;
    for (const Command& command : commands) {
      if (cleans_cache(command, configured)) {
        install = nullptr;
      } else if (install == nullptr && fills_cache(command)) {
        install = &command;
      }
    }
    if (install == nullptr) return;
    // A cache mount over yarn's cache keeps it out of the layer (and makes rebuilds fast).
    if (package_util::mount_where(in, ctx, [&](std::string_view target) {
          return is_yarn_cache_dir(target, configured) || target.find("yarn") != std::string_view::npos;
        }))
      return;
    ctx.report(
        package_util::command_through_subcommand(*install),
        "yarn keeps a copy of every package in its cache, left in this layer; run 'yarn cache clean' at "
        "the end of the same RUN (or mount a cache at yarn's cache folder)");
  }
};

}  // namespace

std::unique_ptr<Rule> make_yarn_cache_not_cleaned() {
  return std::make_unique<YarnCacheNotCleaned>();
}

}  // namespace distill::rules
