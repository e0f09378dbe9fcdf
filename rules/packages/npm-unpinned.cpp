// DL3016: `npm install pkg` without @version installs the newest release on the day of the build, so the same
// Dockerfile can produce images with different (possibly breaking) code.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"npm"};
constexpr RuleMeta kMeta{.code = "DL3016",
                         .slug = "npm-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// What fixes the installed code: git URLs with #commit/#semver:, tarballs, local folders and file:/link:
// specs, and for registry packages an @version/@tag after the (optional) @scope/ prefix.
bool is_pinned(std::string_view spec) {
  for (std::string_view git : {"git://", "git+ssh://", "git+http://", "git+https://"}) {
    if (starts_with(spec, git)) return spec.find('#') != std::string_view::npos;
  }
  for (std::string_view tarball : {".tar", ".tar.gz", ".tgz"}) {
    if (ends_with(spec, tarball)) return true;
  }
  for (std::string_view local : {"/", "./", "../", "~/", "file:", "link:"}) {
    if (starts_with(spec, local)) return true;
  }
  std::string_view name = spec;
  if (starts_with(name, "@")) {  // @scope/name[@version]
    size_t slash = name.find('/');
    name = slash == std::string_view::npos ? std::string_view{} : name.substr(slash + 1);
  }
  return name.find('@') != std::string_view::npos;
}

class NpmUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    // `npm i` and `npm add` are npm's own aliases of install; a bare `npm install` installs package.json.
    std::string subcommand = command.subcommand();
    if (subcommand != "install" && subcommand != "i" && subcommand != "add") return;
    auto operands = command.args_without_flags();
    for (size_t i = 1; i < operands.size(); ++i) {  // operands[0] is the subcommand
      const Word& package = operands[i];
      if (!package.literal || is_pinned(*package.literal)) continue;  // variables: the value is unknown
      ctx.report(package.source, "npm install of '" + *package.literal + "' without a version; use '" +
                                     *package.literal + "@<version>'");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_npm_unpinned() {
  return std::make_unique<NpmUnpinned>();
}

}  // namespace distill::rules
