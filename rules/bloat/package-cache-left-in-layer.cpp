// DI0003: npm and the Go toolchain keep large download/build caches in the user's home (~/.npm,
// ~/.cache/go-build); a RUN that fills one without cleaning it (or mounting a cache) ships it in the image.
#include <functional>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0003",
                         .slug = "package-cache-left-in-layer",
                         .category = "bloat",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool mentions(const Word& word, std::string_view part) {
  return word.value().find(part) != std::string::npos;
}

// `rm -r` of a path that the predicate recognises as (a parent of) the cache; the raw text counts for
// words the shell expands (~/.npm, $HOME/.npm, "$(go env GOCACHE)").
bool removes(const Command& command, const std::function<bool(const Word&)>& is_cache) {
  if (!command.is("rm") || !command.has_any_flag({"r", "R", "recursive"})) return false;
  for (const Word& operand : command.args_without_flags()) {
    if (is_cache(operand)) return true;
  }
  return false;
}

// One package manager's cache: which commands fill it, which clean it, and which mount targets hold it.
struct CacheKind {
  std::string_view manager;
  std::string_view where;  // for the message
  std::string_view advice;
  std::function<bool(const Command&)> fills;
  std::function<bool(const Command&, const std::vector<std::string>&)> cleans;
  std::function<bool(std::string_view, const std::vector<std::string>&)> holds;  // a mount target
  std::function<std::vector<std::string>(const std::vector<Command>&, const Context&)> configured;
};

bool within_any(std::string_view path, const std::vector<std::string>& dirs) {
  for (const std::string& dir : dirs) {
    if (package_util::path_within(dir, path)) return true;
  }
  return false;
}

// npm: install/ci/update download into ~/.npm/_cacache (or --cache, npm_config_cache).
CacheKind npm_cache() {
  CacheKind kind;
  kind.manager = "npm";
  kind.where = "~/.npm";
  kind.advice =
      "add 'npm cache clean --force' at the end of the same RUN, or use "
      "'RUN --mount=type=cache,target=/root/.npm'";
  kind.fills = [](const Command& command) {
    if (!command.is("npm")) return false;
    std::string sub = command.subcommand();
    return sub == "install" || sub == "i" || sub == "ci" || sub == "add" || sub == "update" ||
           sub == "clean-install";
  };
  kind.configured = [](const std::vector<Command>& commands, const Context& ctx) {
    std::vector<std::string> dirs;
    if (auto dir = package_util::variable(ctx, "npm_config_cache")) dirs.push_back(*dir);
    if (auto dir = package_util::variable(ctx, "NPM_CONFIG_CACHE")) dirs.push_back(*dir);
    for (const Command& command : commands) {
      if (auto dir = command.is("npm") ? command.flag_value("cache") : std::nullopt) dirs.push_back(*dir);
    }
    for (std::string& dir : dirs) dir = package_util::without_trailing_slash(dir);
    return dirs;
  };
  kind.holds = [](std::string_view target, const std::vector<std::string>& dirs) {
    return within_any(target, dirs) || target.find("/.npm") != std::string_view::npos ||
           package_util::ends_with(target, "npm-cache");
  };
  kind.cleans = [holds = kind.holds](const Command& command, const std::vector<std::string>& dirs) {
    if (command.is("npm"))
      return package_util::has_operands(command, {"cache", "clean"}) && command.has_any_flag({"force", "f"});
    return removes(command, [&](const Word& word) {
      return mentions(word, ".npm") || holds(package_util::without_trailing_slash(word.value()), dirs);
    });
  };
  return kind;
}

// Go: build/install/test compile into the build cache, ~/.cache/go-build (or GOCACHE).
CacheKind go_cache() {
  CacheKind kind;
  kind.manager = "go";
  kind.where = "~/.cache/go-build";
  kind.advice =
      "use 'RUN --mount=type=cache,target=/root/.cache/go-build', or run 'go clean -cache' in the "
      "same RUN";
  kind.fills = [](const Command& command) {
    if (!command.is("go")) return false;
    std::string sub = command.subcommand();
    return sub == "build" || sub == "install" || sub == "test";
  };
  kind.configured = [](const std::vector<Command>&, const Context& ctx) {
    std::vector<std::string> dirs;
    if (auto dir = package_util::variable(ctx, "GOCACHE"))
      dirs.push_back(package_util::without_trailing_slash(*dir));
    return dirs;
  };
  kind.holds = [](std::string_view target, const std::vector<std::string>& dirs) {
    return within_any(target, dirs) || package_util::ends_with(target, "/go-build") ||
           package_util::ends_with(target, "/.cache");
  };
  kind.cleans = [holds = kind.holds](const Command& command, const std::vector<std::string>& dirs) {
    if (command.is("go")) return command.subcommand() == "clean" && command.has_arg("-cache");
    return removes(command, [&](const Word& word) {
      return mentions(word, "go-build") || mentions(word, "GOCACHE") ||
             holds(package_util::without_trailing_slash(word.value()), dirs);
    });
  };
  return kind;
}

class PackageCacheLeftInLayer final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // Caches in a builder stage whose files are only copied out never ship.
    if (!package_util::stage_ships_in_final_image(ctx)) return;
    const auto& commands = package_util::run_commands(in, ctx);
    for (const CacheKind& kind : kinds_) check_kind(kind, in, commands, ctx);
  }

 private:
  static void check_kind(const CacheKind& kind, const Instruction& in, const std::vector<Command>& commands,
                         Context& ctx) {
    if (kind.manager == "go") {
      // GOCACHE=off (Go before 1.12) keeps no build cache at all.
      if (auto value = package_util::variable(ctx, "GOCACHE"); value && *value == "off") return;
    }
    std::vector<std::string> dirs = kind.configured(commands, ctx);
    const Command* filler = nullptr;
    for (const Command& command : commands) {
      if (kind.cleans(command, dirs)) return;
      if (filler == nullptr && kind.fills(command)) filler = &command;
    }
    if (filler == nullptr) return;
    if (package_util::mount_where(in, ctx, [&](std::string_view target) { return kind.holds(target, dirs); }))
      return;
    ctx.report(package_util::command_through_subcommand(*filler),
               std::string(kind.manager) + " " + filler->subcommand() + " leaves its cache (" +
                   std::string(kind.where) + ") in this layer, which ships in the final image; " +
                   std::string(kind.advice));
  }

  std::vector<CacheKind> kinds_ = {npm_cache(), go_cache()};
};

}  // namespace

std::unique_ptr<Rule> make_package_cache_left_in_layer() {
  return std::make_unique<PackageCacheLeftInLayer>();
}

}  // namespace distill::rules
