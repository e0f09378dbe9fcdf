// DL3035: `zypper dist-upgrade` moves the whole image to whatever the repositories hold on the day of the
// build, which may be a new distribution release; the base image's tag should choose that instead.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"zypper"};
constexpr RuleMeta kMeta{.code = "DL3035",
                         .slug = "zypper-dist-upgrade",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

class ZypperDistUpgrade final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    std::string subcommand = command.subcommand();
    if (subcommand != "dist-upgrade" && subcommand != "dup") return;
    ctx.report(command.source, "zypper " + subcommand +
                                   " upgrades the distribution during the build; choose the release with the "
                                   "base image's tag instead");
  }
};

}  // namespace

std::unique_ptr<Rule> make_zypper_dist_upgrade() {
  return std::make_unique<ZypperDistUpgrade>();
}

}  // namespace distill::rules
