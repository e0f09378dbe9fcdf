// DL3004: RUN already runs as the stage's USER; `sudo` in a build adds a setuid binary and a TTY/password
// dependence to the image, and its environment handling makes builds behave differently than they read.
#include <algorithm>

#include "lint/rule_api.h"
#include "rules/security/shell_walk_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3004",
                         .slug = "sudo-in-run",
                         .category = "security",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

constexpr std::string_view kMessage =
    "do not use sudo in RUN: set the user with USER (or use gosu/su-exec at run time)";

// The engine dispatches commands by what they finally run (sudo stripped), so this rule walks the scripts
// itself and looks at every link of each wrapper chain: `sudo x`, `env A=1 sudo x`, `nohup sudo x`.
class SudoInRun final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // Exec form runs its first word directly: ``.
    if (in.form == syntax::Form::kJson && !in.args.empty() &&
        shell_walk::basename(in.args.front().text) == "sudo")
      ctx.report(in.args.front().range, std::string(kMessage));
    shell_walk::for_each_script(in, ctx, [&](const shell_walk::Script& script) {
      for (const Command& command : script.commands) {
        // Unwrapping copies the command; only a command that spells "sudo" somewhere can hide one.
        bool spelled = command.is("sudo") ||
                       std::any_of(command.args.begin(), command.args.end(),
                                   [](const auto& w) { return w.raw.find("sudo") != std::string::npos; });
        if (!spelled) continue;
        for (const Command& link : command.unwrap_chain()) {
          if (!link.is("sudo")) continue;
          ctx.report(link.name.source, std::string(kMessage));
          break;  // one finding per command, even for `sudo sudo x`
        }
      }
    });
  }
};

}  // namespace

std::unique_ptr<Rule> make_sudo_in_run() {
  return std::make_unique<SudoInRun>();
}

}  // namespace distill::rules
