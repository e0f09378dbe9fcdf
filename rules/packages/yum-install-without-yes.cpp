// DL3030: `yum install` without -y stops at yum's "Is this ok [y/N]" prompt, which a build cannot answer, so
// the install is cancelled and the build fails.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "rules/packages/rpm_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"yum"};
constexpr RuleMeta kMeta{.code = "DL3030",
                         .slug = "yum-install-without-yes",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = kCommands};

class YumInstallWithoutYes final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    rpm_util::check_assume_yes(command, ctx);
  }
};

}  // namespace

std::unique_ptr<Rule> make_yum_install_without_yes() {
  return std::make_unique<YumInstallWithoutYes>();
}

}  // namespace distill::rules
