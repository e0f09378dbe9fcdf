// DL3027: `apt` is the interactive front end; its command-line interface is not stable for scripts (it warns
// so itself) and its progress output is meant for terminals, so builds should call apt-get or apt-cache.
#include <span>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"apt"};
constexpr RuleMeta kMeta{.code = "DL3027",
                         .slug = "apt-command",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kSometimes,
                         .aliases = {},
                         .commands = kCommands};

// Subcommands that mean the same to apt-get; `apt upgrade` also installs new dependencies, which
// `apt-get upgrade` does not, so it is replaced only as an unsafe fix.
constexpr std::string_view kAptGet[] = {
    "install", "update",    "remove",   "purge", "autoremove", "autopurge", "clean",        "autoclean",
    "source",  "build-dep", "download", "check", "satisfy",    "changelog", "dist-upgrade", "distclean"};
constexpr std::string_view kAptCache[] = {"search",   "show",    "policy", "depends",
                                          "rdepends", "showsrc", "showpkg"};

bool listed(std::span<const std::string_view> names, std::string_view name) {
  for (std::string_view candidate : names) {
    if (candidate == name) return true;
  }
  return false;
}

// Renames `apt` to apt-get/apt-cache by appending to the command word (keeps /usr/bin/ and sudo as written);
// `apt full-upgrade` is `apt-get dist-upgrade`.
std::optional<core::Fix> replacement(const Command& command) {
  if (!command.name.literal || command.name.raw != *command.name.literal) return std::nullopt;  // quoted
  uint32_t end = command.name.source.end;
  std::string subcommand = command.subcommand();
  if (listed(kAptGet, subcommand)) return core::Fix::safe("Use apt-get", {core::Edit{{end, end}, "-get"}});
  if (listed(kAptCache, subcommand))
    return core::Fix::safe("Use apt-cache", {core::Edit{{end, end}, "-cache"}});
  if (subcommand == "upgrade")
    return core::Fix::unsafe("Use apt-get (does not install new dependencies)",
                             {core::Edit{{end, end}, "-get"}});
  if (subcommand == "full-upgrade") {
    const Word& word = command.args[*command.subcommand_index()];
    return core::Fix::safe("Use apt-get dist-upgrade",
                           {core::Edit{{end, end}, "-get"}, core::Edit{word.source, "dist-upgrade"}});
  }
  return std::nullopt;  // apt list, apt edit-sources: no apt-get equivalent
}

class AptCommand final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    std::string subcommand = command.subcommand();
    std::string tool = listed(kAptCache, subcommand) ? "apt-cache" : "apt-get";
    ctx.report(command.name.source,
               "apt is meant for interactive use and its interface is not stable in scripts; use " + tool +
                   " instead",
               replacement(command));
  }
};

}  // namespace

std::unique_ptr<Rule> make_apt_command() {
  return std::make_unique<AptCommand>();
}

}  // namespace distill::rules
