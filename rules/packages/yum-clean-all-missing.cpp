// DL3032: `yum install` downloads packages and repository metadata into /var/cache/yum; unless the same RUN
// ends with `yum clean all` they are frozen into the layer and shipped in the image.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "rules/packages/rpm_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCacheDir = "/var/cache/yum";
constexpr RuleMeta kMeta{.code = "DL3032",
                         .slug = "yum-clean-all-missing",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

class YumCleanAllMissing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // A cache or tmpfs mount over the cache keeps it out of the layer.
    if (package_util::mount_holds(in, ctx, kCacheDir)) return;
    const Command* install = rpm_util::install_without_cleanup(
        package_util::run_commands(in, ctx),
        [](const Command& command) { return command.is("yum") && rpm_util::installs(command); },
        [](const Command& command) {
          return rpm_util::cleans_all(command, "yum") || rpm_util::removes_cache(command, kCacheDir);
        });
    if (install == nullptr) return;
    ctx.report(package_util::command_through_subcommand(*install),
               "yum install leaves its cache in this layer; end the same RUN with 'yum clean all' (or mount "
               "a cache at /var/cache/yum)");
  }
};

}  // namespace

std::unique_ptr<Rule> make_yum_clean_all_missing() {
  return std::make_unique<YumCleanAllMissing>();
}

}  // namespace distill::rules
