// DL3013: `pip install pkg` without a version constraint installs whatever PyPI serves on the day of the
// build, so rebuilding one commit can pull in a different, possibly breaking, release.
#include <array>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"
#include "syntax/shell/known_options.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3013",
                         .slug = "pip-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = package_util::kPipCommands};

// pip's own table plus the options of older pips that took a value (`--build DIR`, `-b DIR`), so their
// values are not mistaken for packages.
const syntax::shell::OptionTable& pip_options() {
  static const syntax::shell::OptionTable table = [] {
    syntax::shell::OptionTable t = syntax::shell::options_for("pip");
    t.short_with_value += "b";
    t.long_with_value.emplace_back("build");
    return t;
  }();
  return table;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// VCS requirement schemes pip understands (git+https://…, hg+ssh://…, svn, bzr).
bool is_vcs(std::string_view package) {
  constexpr std::array<std::string_view, 6> kSchemes = {"git+", "git://", "hg+", "svn+", "svn://", "bzr+"};
  for (std::string_view scheme : kSchemes) {
    if (package.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

// A version specifier (== >= <= > < != ~= ===), a VCS URL with @ref, a local archive or wheel, or a path or
// URL (a local project, or a PEP 508 `name @ url` reference) all fix what gets installed.
bool is_pinned(std::string_view package) {
  for (std::string_view op : {"==", ">", "<", "!=", "~="}) {
    if (contains(package, op)) return true;
  }
  if (is_vcs(package)) return contains(package, "@");
  for (std::string_view suffix : {".whl", ".tar.gz", ".tgz", ".zip"}) {
    if (ends_with(package, suffix)) return true;
  }
  // "./src", "/wheels/x", "https://…": paths and URLs; ".[dev]": the local project with extras.
  return contains(package, "/") || (!package.empty() && package.front() == '.');
}

class PipUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    auto pip = package_util::pip_view(command);
    if (!pip || pip->subcommand(&pip_options()) != "install") return;
    // Requirements and constraints files carry their own pins; `pip install .` installs the local project.
    if (pip->has_any_flag({"r", "requirement", "c", "constraint"}, &pip_options()) || pip->has_arg("."))
      return;
    auto operands = pip->args_without_flags(&pip_options());
    for (size_t i = 1; i < operands.size(); ++i) {  // operands[0] is "install"
      const Word& package = operands[i];
      if (!package.literal || is_pinned(*package.literal)) continue;  // variables: the value is unknown
      ctx.report(package.source, "pip install of '" + *package.literal + "' without a version pin; use '" +
                                     *package.literal + "==<version>' or a requirements/constraints file");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_pip_unpinned() {
  return std::make_unique<PipUnpinned>();
}

}  // namespace distill::rules
