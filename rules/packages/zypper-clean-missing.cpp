// DL3036: `zypper install` leaves the downloaded packages and repository metadata in /var/cache/zypp; unless
// the same RUN runs `zypper clean` afterwards they are frozen into the layer.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "syntax/shell/known_options.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3036",
                         .slug = "zypper-clean-missing",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_zypper(const Command& command, std::string_view a, std::string_view b) {
  if (!command.is("zypper")) return false;
  std::string subcommand = command.subcommand();
  return subcommand == a || subcommand == b;
}

class ZypperCleanMissing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // As in hadolint: the first install must be followed by a `zypper clean` (or `cc`) in the same RUN.
    const Command* install = nullptr;
    for (const Command& command : package_util::run_commands(in, ctx)) {
      if (install == nullptr && is_zypper(command, "install", "in")) install = &command;
      if (install != nullptr && is_zypper(command, "clean", "cc")) return;
    }
    if (install == nullptr) return;
    core::ByteRange range = install->name.source;
    range.end = install->args[*install->subcommand_index()].source.end;
    ctx.report(range,
               "zypper install leaves its package cache in this layer; end the same RUN with "
               "'zypper clean --all'");
  }
};

}  // namespace

std::unique_ptr<Rule> make_zypper_clean_missing() {
  return std::make_unique<ZypperCleanMissing>();
}

}  // namespace distill::rules
