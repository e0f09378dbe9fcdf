// DL3034: zypper asks "Continue? [y/n/v/...? shows all options] (y)" before it installs or removes anything;
// a build has no terminal to answer it, so without -n / -y the RUN fails.
#include "lint/rule_api.h"
#include "syntax/shell/known_options.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"zypper"};
constexpr RuleMeta kMeta{.code = "DL3034",
                         .slug = "zypper-install-without-non-interactive",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// The subcommands that ask for confirmation, as hadolint lists them.
bool asks_to_continue(std::string_view subcommand) {
  for (std::string_view name : {"install", "in", "remove", "rm", "source-install", "si", "patch"}) {
    if (subcommand == name) return true;
  }
  return false;
}

class ZypperInstallWithoutNonInteractive final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    std::string subcommand = command.subcommand();
    if (!asks_to_continue(subcommand)) return;
    // The global -n / --non-interactive, or the command's own -y / --no-confirm.
    if (command.has_any_flag({"n", "non-interactive", "y", "no-confirm"})) return;
    core::ByteRange range = command.name.source;
    range.end = command.args[*command.subcommand_index()].source.end;
    ctx.report(range, "zypper " + subcommand +
                          " without -n waits for a confirmation the build cannot give; use 'zypper -n " +
                          subcommand + "' (or 'zypper " + subcommand + " -y')");
  }
};

}  // namespace

std::unique_ptr<Rule> make_zypper_install_without_non_interactive() {
  return std::make_unique<ZypperInstallWithoutNonInteractive>();
}

}  // namespace distill::rules
