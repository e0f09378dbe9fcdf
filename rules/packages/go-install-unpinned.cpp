// DL3062: `go install pkg` / `go get pkg` / `go run pkg` without @version (or with @latest) builds whatever
// the module proxy serves on the day of the build, so the same Dockerfile yields different binaries.
#include <algorithm>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"go"};
constexpr RuleMeta kMeta{.code = "DL3062",
                         .slug = "go-install-unpinned",
                         .category = "packages",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// Local packages (".", "./cmd/x", "/go/src/app") are the build context's code: nothing to pin.
bool is_local(std::string_view package) {
  return package.starts_with('.') || package.starts_with('/');
}

// GOPATH-mode code: an import path whose first element has no dot cannot be fetched from the network (Go
// reserves such paths for the standard library and local code), so `go install app/server` builds the copy
// under $GOPATH/src. With an @version, or in module-only forms (`go get -tool`, `go install tool`), it is a
// module path like any other.
bool is_gopath_local(std::string_view package) {
  if (package.find('@') != std::string_view::npos) return false;
  return package.substr(0, package.find('/')).find('.') == std::string_view::npos;
}

bool module_only(const Command& command, std::string_view subcommand, const std::vector<Word>& operands) {
  if (subcommand == "install") return operands.size() > 1 && operands[1].literal == "tool";
  return std::any_of(command.args.begin(), command.args.end(),
                     [](const Word& word) { return word.literal == "-tool" || word.literal == "--tool"; });
}

// "@v1.2.3" or "@<commit>" pins; "@latest" and "@none" name no version.
bool is_pinned(std::string_view package) {
  size_t at = package.rfind('@');
  if (at == std::string_view::npos) return false;
  std::string_view version = package.substr(at + 1);
  return version != "latest" && version != "none";
}

class GoInstallUnpinned final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    std::string subcommand = command.subcommand();
    if (subcommand != "install" && subcommand != "get" && subcommand != "run") return;
    auto operands = command.args_without_flags();
    // `go run pkg args…`: only the first operand is a package, the rest belong to the program.
    size_t last = subcommand == "run" ? std::min<size_t>(operands.size(), 2) : operands.size();
    bool modules = module_only(command, subcommand, operands);
    for (size_t i = 1; i < last; ++i) {  // operands[0] is the subcommand
      const Word& package = operands[i];
      if (!package.literal) continue;  // a variable's value is unknown
      std::string_view name = *package.literal;
      if (name == "tool" && subcommand == "install") continue;  // `go install tool`: the go.mod tool set
      if (is_local(name) || is_pinned(name) || (!modules && is_gopath_local(name))) continue;
      std::string bare(name.substr(0, name.rfind('@')));
      ctx.report(package.source, "go " + subcommand + " of '" + std::string(name) +
                                     "' without a fixed version; use '" + bare + "@<version>'");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_go_install_unpinned() {
  return std::make_unique<GoInstallUnpinned>();
}

}  // namespace distill::rules
