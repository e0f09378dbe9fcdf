// DL3019: `apk add` without --no-cache leaves the downloaded repository indexes in /var/cache/apk, adding
// megabytes to the layer that the image never uses.
#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"apk"};
constexpr RuleMeta kMeta{.code = "DL3019",
                         .slug = "apk-add-without-no-cache",
                         .category = "packages",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = kCommands};

class ApkAddWithoutNoCache final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction& run, Context& ctx) override {
    // --no-network installs from the local cache only and downloads no index.
    if (command.subcommand() != "add" || command.has_any_flag({"no-cache", "no-network"})) return;
    // A cache mount over /var/cache/apk keeps the indexes out of the layer and speeds up rebuilds.
    if (package_util::mount_holds(run, ctx, "/var/cache/apk")) return;
    std::optional<core::Fix> fix;
    if (auto edit = package_util::insert_after_subcommand(command, "--no-cache"))
      fix = core::Fix::safe("Add --no-cache", {*edit});
    ctx.report(package_util::command_through_subcommand(command),
               cleans_cache_by_hand(run, ctx)
                   ? "apk add without --no-cache; use 'apk add --no-cache' instead of removing "
                     "/var/cache/apk by hand"
                   : "apk add without --no-cache leaves the package index in /var/cache/apk; use "
                     "'apk add --no-cache' (no 'apk update' or cache cleanup needed)",
               std::move(fix));
  }

 private:
  // hadolint flags `apk add --update … && rm -rf /var/cache/apk/*` too: --no-cache says the same in one
  // option.
  static bool cleans_cache_by_hand(const Instruction& run, Context& ctx) {
    for (const Command& command : package_util::run_commands(run, ctx)) {
      if (package_util::removes_dir(command, "/var/cache/apk")) return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> make_apk_add_without_no_cache() {
  return std::make_unique<ApkAddWithoutNoCache>();
}

}  // namespace distill::rules
