// DL3018: `apk add pkg` without a version constraint installs whatever the Alpine repository holds on the day
// of the build, so rebuilds of one Dockerfile drift apart.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"apk"};
constexpr RuleMeta kMeta{.code = "DL3018",
                         .slug = "apk-add-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// apk's constraints: pkg=1.2-r0, pkg~1.2, pkg>=1.2, pkg<2; a local .apk file is pinned by its content.
bool is_pinned(std::string_view package) {
  if (package.find_first_of("=~<>") != std::string_view::npos) return true;
  return package.size() > 4 && package.substr(package.size() - 4) == ".apk";
}

class ApkAddUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    if (command.subcommand() != "add") return;
    // apk's option table keeps the values of --virtual/-t, --repository/-X out of the operands.
    auto operands = command.args_without_flags();
    for (size_t i = 1; i < operands.size(); ++i) {  // operands[0] is "add"
      const Word& package = operands[i];
      if (!package.literal || is_pinned(*package.literal)) continue;  // variables: the value is unknown
      ctx.report(package.source, "apk add of '" + *package.literal + "' without a version; use '" +
                                     *package.literal + "=<version>' (or '~<version>')");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_apk_add_unpinned() {
  return std::make_unique<ApkAddUnpinned>();
}

}  // namespace distill::rules
