// DL3001: some commands make no sense while an image is built: there is no init to talk to (service,
// shutdown), no interactive terminal (vim, top, ssh), and the processes they would inspect or stop (ps, free,
// kill, mount) are only those of this one RUN.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

// hadolint's list, exactly.
constexpr std::string_view kCommands[] = {"free",     "kill", "mount", "ps", "service",
                                          "shutdown", "ssh",  "top",   "vim"};
constexpr RuleMeta kMeta{.code = "DL3001",
                         .slug = "command-not-meaningful-in-container",
                         .category = "correctness",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

class CommandNotMeaningfulInContainer final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    ctx.report(command.name.source, "'" + std::string(command.basename()) +
                                        "' makes no sense while an image is built: a RUN has no init, no "
                                        "terminal and no processes but its own");
  }
};

}  // namespace

std::unique_ptr<Rule> make_command_not_meaningful_in_container() {
  return std::make_unique<CommandNotMeaningfulInContainer>();
}

}  // namespace distill::rules
