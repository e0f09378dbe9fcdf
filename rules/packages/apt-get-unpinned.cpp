// DL3008: `apt-get install` of a package without a version pin makes the image change under the same
// Dockerfile whenever the archive moves.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"apt-get"};
constexpr RuleMeta kMeta{.code = "DL3008",
                         .slug = "apt-get-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// `pkg=1.2`, `pkg/bookworm-backports` (a release pin) and local `.deb` files are pinned.
bool is_pinned(std::string_view package) {
  return package.find('=') != std::string_view::npos || package.find('/') != std::string_view::npos ||
         (package.size() > 4 && package.substr(package.size() - 4) == ".deb");
}

class AptGetUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    if (command.subcommand() != "install") return;
    auto operands = command.args_without_flags();
    for (size_t i = 1; i < operands.size(); ++i) {  // operands[0] is "install"
      const Word& package = operands[i];
      if (!package.literal || is_pinned(*package.literal)) continue;  // variables: the value is unknown
      ctx.report(package.source, "apt-get install of '" + *package.literal +
                                     "' without a version pin; use '" + *package.literal + "=<version>'");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_apt_get_unpinned() {
  return std::make_unique<AptGetUnpinned>();
}

}  // namespace distill::rules
