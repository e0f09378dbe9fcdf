// DL3041: `dnf install` (or `microdnf install`) of a package without a version makes the image change under
// the same Dockerfile whenever the repository moves.
#include "lint/rule_api.h"
#include "rules/packages/rpm_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"dnf", "microdnf"};
constexpr RuleMeta kMeta{.code = "DL3041",
                         .slug = "dnf-install-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

class DnfInstallUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context&) override { seen_.record(in); }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    rpm_util::check_pins(command, ctx, seen_, command.basename());
  }

 private:
  rpm_util::SeenVariables seen_;
};

}  // namespace

std::unique_ptr<Rule> make_dnf_install_unpinned() {
  return std::make_unique<DnfInstallUnpinned>();
}

}  // namespace distill::rules
