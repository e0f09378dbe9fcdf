// DL3037: `zypper install pkg` without a version installs whatever the repositories hold on the day of the
// build, so rebuilds of one Dockerfile drift apart.
#include "lint/rule_api.h"
#include "syntax/shell/known_options.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"zypper"};
constexpr RuleMeta kMeta{.code = "DL3037",
                         .slug = "zypper-install-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// zypper's version relations (pkg=1.2, 'pkg>=1.2', pkg\<2) and local .rpm files fix what gets installed.
bool is_pinned(std::string_view package) {
  return package.find_first_of("=<>") != std::string_view::npos || ends_with(package, ".rpm");
}

class ZypperInstallUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    std::string subcommand = command.subcommand();
    if (subcommand != "install" && subcommand != "in") return;
    auto operands = command.args_without_flags();
    for (size_t i = 1; i < operands.size(); ++i) {  // operands[0] is the subcommand
      const Word& package = operands[i];
      if (!package.literal || is_pinned(*package.literal)) continue;  // variables: the value is unknown
      ctx.report(package.source, "zypper install of '" + *package.literal + "' without a version; use '" +
                                     *package.literal + "=<version>'");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_zypper_install_unpinned() {
  return std::make_unique<ZypperInstallUnpinned>();
}

}  // namespace distill::rules
