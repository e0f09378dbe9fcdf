// DL3003: `cd` in a RUN only lasts for that one shell, so the next instruction silently runs elsewhere;
// WORKDIR says where commands run for the rest of the stage, visibly.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"cd"};
constexpr RuleMeta kMeta{.code = "DL3003",
                         .slug = "cd-in-run",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// Like hadolint, every `cd` counts: in a subshell or `sh -c` it is still a directory change WORKDIR can
// express (the exceptions are the user's call, through a suppression).
class CdInRun final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    ctx.report(command.name.source, "'cd' only lasts for this RUN; use WORKDIR to switch to a directory");
  }
};

}  // namespace

std::unique_ptr<Rule> make_cd_in_run() {
  return std::make_unique<CdInRun>();
}

}  // namespace distill::rules
