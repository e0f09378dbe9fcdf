// DL3028: `gem install rails` without a version installs whatever rubygems.org serves on the day of the
// build, so two builds of one Dockerfile can ship different gems.
#include <algorithm>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "syntax/shell/known_options.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"gem"};
constexpr RuleMeta kMeta{.code = "DL3028",
                         .slug = "gem-install-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// `gem install` options that take no value. hadolint reads every other option as taking the next word as its
// value (`gem install bundler:2 --use-system-libraries true`), and so does this rule.
constexpr std::string_view kSwitches[] = {"N",
                                          "E",
                                          "f",
                                          "w",
                                          "l",
                                          "r",
                                          "b",
                                          "q",
                                          "V",
                                          "u",  // short switches
                                          "no-document",
                                          "document",
                                          "rdoc",
                                          "ri",
                                          "user-install",
                                          "no-user-install",
                                          "force",
                                          "no-force",
                                          "conservative",
                                          "minimal-deps",
                                          "ignore-dependencies",
                                          "development",
                                          "development-all",
                                          "prerelease",
                                          "pre",
                                          "no-prerelease",
                                          "wrappers",
                                          "no-wrappers",
                                          "env-shebang",
                                          "no-env-shebang",
                                          "local",
                                          "remote",
                                          "both",
                                          "clear-sources",
                                          "lock",
                                          "no-lock",
                                          "explain",
                                          "default",
                                          "post-install-message",
                                          "no-post-install-message",
                                          "norc",
                                          "verbose",
                                          "no-verbose",
                                          "quiet",
                                          "silent",
                                          "backtrace",
                                          "debug",
                                          "suggestions",
                                          "no-suggestions",
                                          "vendor",
                                          "format-executable",
                                          "no-format-executable",
                                          "update-sources",
                                          "no-update-sources",
                                          "install-doc",
                                          "no-install-doc"};

bool is_switch(std::string_view name) {
  return std::find(std::begin(kSwitches), std::end(kSwitches), name) != std::end(kSwitches);
}

class GemInstallUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    std::string subcommand = command.subcommand();
    if (subcommand != "install" && subcommand != "i") return;
    // `-v 2.0.1` / `--version 2.0.1` / `--version=2.0.1` pins the gems named with it.
    if (command.has_any_flag({"v", "version"})) return;
    syntax::shell::ArgLayout layout = command.layout();
    // Words after `--` are build options handed to the gem's extension, not gem names.
    size_t end = layout.end_of_options.value_or(command.args.size());
    std::vector<bool> is_value(command.args.size(), false);
    for (const auto& option : layout.options) {
      if (option.value || is_switch(option.name) || option.word + 1 >= end) continue;
      is_value[option.word + 1] = true;  // an unknown option without '=': its value is the next word
    }
    bool past_subcommand = false;
    for (size_t index : layout.operands) {
      if (index >= end) break;
      if (!past_subcommand) {  // the first operand is "install" / "i"
        past_subcommand = true;
        continue;
      }
      if (is_value[index]) continue;
      const Word& gem = command.args[index];
      // Variables: the value is unknown. `name:version` is gem's own pin syntax.
      if (!gem.literal || gem.literal->find(':') != std::string::npos) continue;
      ctx.report(gem.source, "gem install of '" + *gem.literal + "' without a version; use '" + *gem.literal +
                                 ":<version>' (or -v <version>)");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_gem_install_unpinned() {
  return std::make_unique<GemInstallUnpinned>();
}

}  // namespace distill::rules
