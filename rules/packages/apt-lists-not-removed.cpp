// DL3009: `apt-get update` downloads package lists (tens of MB) into /var/lib/apt/lists; unless the same RUN
// removes them they are frozen into the layer and shipped in the image.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kListsDir = "/var/lib/apt/lists";
constexpr RuleMeta kMeta{.code = "DL3009",
                         .slug = "apt-lists-not-removed",
                         .category = "packages",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_apt_get(const Command& command, std::string_view subcommand) {
  return command.is("apt-get") && command.subcommand() == subcommand;
}

// `rm -rf /var/lib/apt/lists/*`, `apt-get distclean`/`dist-clean` (apt 2.7+) or `find /var/lib/apt/lists …
// -delete`.
bool removes_lists(const Command& command) {
  if (package_util::removes_dir(command, kListsDir)) return true;
  if (command.is("apt-get") || command.is("apt")) {
    std::string subcommand = command.subcommand();
    if (subcommand == "distclean" || subcommand == "dist-clean") return true;
  }
  if (command.is("find") && command.has_arg("-delete")) {
    for (const Word& arg : command.args) {
      if (arg.literal &&
          package_util::path_within(package_util::without_trailing_slash(*arg.literal), kListsDir))
        return true;
    }
  }
  return false;
}

class AptListsNotRemoved final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // Lists left in a builder stage nobody builds FROM never reach an image (hadolint's stage logic).
    if (!package_util::stage_is_final_or_base(ctx)) return;
    // A cache or tmpfs mount over the lists keeps them out of the layer.
    if (package_util::mount_holds(in, ctx, kListsDir)) return;
    const auto& commands = package_util::run_commands(in, ctx);
    const Command* update = nullptr;
    for (const Command& command : commands) {
      if (removes_lists(command)) return;
      if (update == nullptr && is_apt_get(command, "update")) update = &command;
    }
    if (update == nullptr) return;
    ctx.report(package_util::command_through_subcommand(*update),
               "apt-get update leaves the package lists in this layer; end the same RUN with "
               "'rm -rf /var/lib/apt/lists/*' (or mount a cache at /var/lib/apt/lists)");
  }
};

}  // namespace

std::unique_ptr<Rule> make_apt_lists_not_removed() {
  return std::make_unique<AptListsNotRemoved>();
}

}  // namespace distill::rules
