// DL3038: `dnf install` (or `microdnf install`) without -y stops at the "Is this ok [y/N]" prompt, which a
// build cannot answer, so the install is cancelled and the build fails.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "rules/packages/rpm_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"dnf", "microdnf"};
constexpr RuleMeta kMeta{.code = "DL3038",
                         .slug = "dnf-install-without-yes",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = kCommands};

class DnfInstallWithoutYes final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    rpm_util::check_assume_yes(command, ctx);
  }
};

}  // namespace

std::unique_ptr<Rule> make_dnf_install_without_yes() {
  return std::make_unique<DnfInstallWithoutYes>();
}

}  // namespace distill::rules
