// DL3040: `dnf install` (and microdnf, and dnf's upgrade and reinstall) downloads packages and repository
// metadata into dnf's cache; unless the same RUN ends with `dnf clean all` they are frozen into the layer.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "rules/packages/rpm_util.h"

namespace distill::rules {
namespace {

// dnf5's cache, dnf4's, and the yum path dnf4 keeps for compatibility.
constexpr std::string_view kCacheDirs[] = {"/var/cache/libdnf5", "/var/cache/dnf", "/var/cache/yum"};
constexpr RuleMeta kMeta{.code = "DL3040",
                         .slug = "dnf-clean-all-missing",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// The dnf subcommands that fill the cache: install, upgrade, upgrade-minimal, reinstall and their short
// forms.
bool fills_cache(const Command& command) {
  return rpm_util::installs(command,
                            {"in", "upgrade", "up", "upgrade-minimal", "up-min", "reinstall", "rei"});
}

bool removes_cache(const Command& command) {
  for (std::string_view dir : kCacheDirs) {
    if (rpm_util::removes_cache(command, dir)) return true;
  }
  return false;
}

// A cache or tmpfs mount over dnf's cache (also under a user's home: `~/.cache/libdnf5`).
bool cache_mounted(const Instruction& run, const Context& ctx) {
  return package_util::mount_where(run, ctx, [](std::string_view target) {
    for (std::string_view dir : kCacheDirs) {
      if (package_util::path_within(dir, target)) return true;
    }
    return package_util::ends_with(target, "/.cache/libdnf5");
  });
}

class DnfCleanAllMissing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    if (cache_mounted(in, ctx)) return;
    const auto& commands = package_util::run_commands(in, ctx);
    // dnf and microdnf are judged apart: `microdnf clean all` does not clean after `dnf install`.
    for (std::string_view tool : {"dnf", "microdnf"}) {
      const Command* install = rpm_util::install_without_cleanup(
          commands, [tool](const Command& command) { return command.is(tool) && fills_cache(command); },
          [tool](const Command& command) {
            return rpm_util::cleans_all(command, tool) || removes_cache(command);
          });
      if (install == nullptr) continue;
      std::string name(tool);
      ctx.report(package_util::command_through_subcommand(*install),
                 name + " " + install->subcommand() +
                     " leaves its cache in this layer; end the same RUN with '" + name +
                     " clean all' (or mount a cache at /var/cache/libdnf5)");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_dnf_clean_all_missing() {
  return std::make_unique<DnfCleanAllMissing>();
}

}  // namespace distill::rules
