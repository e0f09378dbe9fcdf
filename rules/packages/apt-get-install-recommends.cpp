// DL3015: without --no-install-recommends, `apt-get install` also pulls every "recommended" package, which
// often doubles the size of the layer with documentation, extra tools and libraries nobody asked for.
#include <cctype>
#include <vector>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"apt-get"};
constexpr RuleMeta kMeta{.code = "DL3015",
                         .slug = "apt-get-install-recommends",
                         .category = "packages",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = kCommands};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `APT::Install-Recommends=false` (an -o value) or `APT::Install-Recommends "0";` (an apt.conf line): the
// item followed by a false value.
bool disables_recommends(std::string_view text) {
  std::string lowered = lower(text);
  constexpr std::string_view kItem = "apt::install-recommends";
  for (size_t at = lowered.find(kItem); at != std::string::npos; at = lowered.find(kItem, at + 1)) {
    size_t begin = lowered.find_first_not_of(" \t=\"'", at + kItem.size());
    if (begin == std::string::npos) return false;
    size_t end = lowered.find_first_of(" \t\"';\n", begin);
    std::string_view value = std::string_view(lowered).substr(begin, end - begin);
    if (value == "false" || value == "0" || value == "no" || value == "off") return true;
  }
  return false;
}

bool option_disables_recommends(const Command& command) {
  auto values = command.flag_values("o");
  auto long_values = command.flag_values("option");
  values.insert(values.end(), long_values.begin(), long_values.end());
  for (const std::string& value : values) {
    if (disables_recommends(value)) return true;
  }
  return false;
}

// An ARG/ENV used as options (`apt-get install $APT_OPTS curl`) may carry the option; look at its value.
bool variable_disables_recommends(const Command& command, const Context& ctx) {
  for (const Word& arg : command.args) {
    if (arg.literal) continue;
    std::string value = ctx.expand(arg.raw);
    if (value.find("--no-install-recommends") != std::string::npos || disables_recommends(value)) return true;
  }
  return false;
}

// Text a RUN writes that could be an apt.conf line: command arguments (echo '…' > /etc/apt/apt.conf.d/x) and
// heredoc bodies (cat > … <<EOF).
bool run_writes_no_recommends(const Instruction& run, Context& ctx) {
  for (const Command& command : package_util::run_commands(run, ctx)) {
    // apt-get's own `-o APT::Install-Recommends=false` applies to that command only.
    if (command.is("apt-get") || command.is("apt")) continue;
    for (const Word& arg : command.args) {
      if (disables_recommends(arg.value())) return true;
    }
    for (const auto& redirect : command.redirects) {
      if (redirect.heredoc && disables_recommends(redirect.heredoc->text)) return true;
    }
  }
  return false;
}

class AptGetInstallRecommends final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  // A stage inherits the apt configuration of the stage it is built FROM.
  void begin_stage(const Stage& stage, Context&) override {
    configured_.resize(stage.index + 1, false);
    configured_[stage.index] =
        stage.parent && *stage.parent < configured_.size() && configured_[*stage.parent];
  }

  // Remember an apt.conf written earlier (RUN echo …, COPY <<EOF) that turns recommends off for the stage.
  void check(const Instruction& in, Context& ctx) override {
    if (ctx.stage() == nullptr || ctx.in_onbuild()) return;
    bool writes = false;
    if (in.is("RUN")) writes = run_writes_no_recommends(in, ctx);
    if (in.is("COPY") || in.is("ADD")) {
      for (const auto& heredoc : in.heredocs) writes = writes || disables_recommends(heredoc.body);
    }
    if (writes) configured_[ctx.stage()->index] = true;
  }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    if (command.subcommand() != "install") return;
    if (command.has_flag("no-install-recommends") || option_disables_recommends(command) ||
        variable_disables_recommends(command, ctx))
      return;
    if (ctx.stage() != nullptr && !ctx.in_onbuild() && configured_[ctx.stage()->index]) return;
    std::optional<core::Fix> fix;
    if (auto edit = package_util::insert_after_subcommand(command, "--no-install-recommends"))
      fix = core::Fix::unsafe("Add --no-install-recommends", {*edit});
    ctx.report(package_util::command_through_subcommand(command),
               "apt-get install without --no-install-recommends also installs recommended packages; add "
               "--no-install-recommends and name the packages you need",
               std::move(fix));
  }

 private:
  std::vector<bool> configured_;  // per stage index: recommends turned off by an apt.conf written earlier
};

}  // namespace

std::unique_ptr<Rule> make_apt_get_install_recommends() {
  return std::make_unique<AptGetInstallRecommends>();
}

}  // namespace distill::rules
