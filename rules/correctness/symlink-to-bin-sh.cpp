// DL4005: `ln -sf /bin/bash /bin/sh` swaps the shell behind the image's back: every later RUN, and every
// script in the image that expects a POSIX sh, now runs under another shell. SHELL says it openly.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"ln"};
constexpr RuleMeta kMeta{.code = "DL4005",
                         .slug = "symlink-to-bin-sh",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

class SymlinkToBinSh final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    // As in hadolint: an `ln` that names /bin/sh.
    for (const Word& operand : command.args_without_flags()) {
      if (!operand.is("/bin/sh")) continue;
      ctx.report(operand.source,
                 "ln on /bin/sh swaps the default shell behind the Dockerfile's back; set the shell with "
                 "SHELL [\"/bin/bash\", \"-c\"] instead");
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_symlink_to_bin_sh() {
  return std::make_unique<SymlinkToBinSh>();
}

}  // namespace distill::rules
