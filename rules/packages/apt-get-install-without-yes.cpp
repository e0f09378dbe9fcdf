// DL3014: `apt-get install` without -y stops at apt's "Do you want to continue?" prompt, which a build cannot
// answer, so the build aborts whenever the install needs confirming.
#include <cctype>
#include <cstdlib>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"apt-get"};
constexpr RuleMeta kMeta{.code = "DL3014",
                         .slug = "apt-get-install-without-yes",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = kCommands};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `-o APT::Get::Assume-Yes=true` sets the same configuration item as -y.
bool sets_assume_yes(const Command& command) {
  auto values = command.flag_values("o");
  auto long_values = command.flag_values("option");
  values.insert(values.end(), long_values.begin(), long_values.end());
  for (const std::string& value : values) {
    std::string item = lower(value);
    if (item == "apt::get::assume-yes=true" || item == "apt::get::assume-yes=1" ||
        item == "apt::get::assume-yes=yes")
      return true;
  }
  return false;
}

// apt-get's manual: quiet level 2 (-qq, -q -q, --quiet=2, -q=2) implies -y.
bool quiet_level_two(const Command& command) {
  // apt's own option parser reads "-q=2" as -q with the value 2; as a bundle of short flags it would read as
  // -q, -=, -2, so it is counted from the word itself.
  for (const Word& arg : command.args) {
    if (arg.literal && arg.literal->starts_with("-q=") && std::atoi(arg.literal->c_str() + 3) >= 2)
      return true;
  }
  int level = 0;
  for (const auto& option : command.layout().options) {
    if (option.name != "q" && option.name != "quiet") continue;
    level += option.value ? std::atoi(option.value->c_str()) : 1;
  }
  return level >= 2;
}

// An ARG/ENV used as options (`apt-get install $APT_OPTS curl`) may carry -y; look at its known value.
bool variable_assumes_yes(const Command& command, const Context& ctx) {
  for (const Word& arg : command.args) {
    if (arg.literal) continue;
    std::string value = ctx.expand(arg.raw);
    for (std::string_view yes : {"-y", "--yes", "--assume-yes", "-qq"}) {
      if (value.find(yes) != std::string::npos) return true;
    }
  }
  return false;
}

class AptGetInstallWithoutYes final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    if (command.subcommand() != "install") return;
    if (command.has_any_flag({"y", "yes", "assume-yes"}) || quiet_level_two(command) ||
        sets_assume_yes(command) || variable_assumes_yes(command, ctx))
      return;
    std::optional<core::Fix> fix;
    if (auto edit = package_util::insert_after_subcommand(command, "-y"))
      fix = core::Fix::safe("Add -y", {*edit});
    ctx.report(package_util::command_through_subcommand(command),
               "apt-get install without -y waits for a confirmation the build cannot give; use "
               "'apt-get install -y'",
               std::move(fix));
  }
};

}  // namespace

std::unique_ptr<Rule> make_apt_get_install_without_yes() {
  return std::make_unique<AptGetInstallWithoutYes>();
}

}  // namespace distill::rules
