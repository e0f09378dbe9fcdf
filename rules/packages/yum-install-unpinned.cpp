// DL3033: `yum install` of a package without a version makes the image change under the same Dockerfile
// whenever the repository moves.
#include "lint/rule_api.h"
#include "rules/packages/rpm_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"yum"};
constexpr RuleMeta kMeta{.code = "DL3033",
                         .slug = "yum-install-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

class YumInstallUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context&) override { seen_.record(in); }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    rpm_util::check_pins(command, ctx, seen_, "yum");
  }

 private:
  rpm_util::SeenVariables seen_;
};

}  // namespace

std::unique_ptr<Rule> make_yum_install_unpinned() {
  return std::make_unique<YumInstallUnpinned>();
}

}  // namespace distill::rules
