// DL4006: a pipeline's exit status is its last command's, so `curl … | tar x` succeeds when the download
// fails; without pipefail the build goes on with a broken or empty result.
#include <map>
#include <string>
#include <string_view>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL4006",
                         .slug = "pipe-without-pipefail",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

std::string_view basename(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// Shells that know `-o pipefail` (hadolint accepts bash, zsh and ash; ksh and mksh have it too). POSIX sh
// (dash before 0.5.11, and sh in general) does not, so `SHELL ["/bin/sh", "-o", "pipefail", "-c"]` is not
// trusted.
bool supports_pipefail(std::string_view program) {
  for (std::string_view shell : {"bash", "zsh", "ash", "ksh", "mksh"}) {
    if (basename(program) == shell) return true;
  }
  return false;
}

// SHELL ["/bin/bash", "-eo", "pipefail", "-c"]: some option cluster ending in `o` (or `-o` itself) whose
// value is pipefail, and no later `+o pipefail`.
bool shell_sets_pipefail(const Instruction& shell) {
  if (shell.form != syntax::Form::kJson || shell.args.empty() || !supports_pipefail(shell.args[0].text))
    return false;
  bool on = false;
  for (size_t i = 1; i + 1 < shell.args.size(); ++i) {
    std::string_view option = shell.args[i].text;
    if (option.size() < 2 || (option[0] != '-' && option[0] != '+') || option[1] == '-' ||
        option.back() != 'o')
      continue;
    if (shell.args[i + 1].text == "pipefail") on = option[0] == '-';
  }
  return on;
}

// `set -o pipefail` / `set -euo pipefail` run by the script itself, at top level, before `pipeline_begin`.
bool script_sets_pipefail_before(const syntax::shell::Script& script, uint32_t pipeline_begin) {
  static const syntax::shell::OptionTable kSetOptions{"o", {}, {}, false};
  for (const Command& command : script.commands) {
    if (command.source.begin >= pipeline_begin) break;
    if (!command.is("set") || command.placement.subshell_depth > 0 ||
        command.placement.substitution_depth > 0 || command.placement.in_function)
      continue;
    for (const std::string& value : command.flag_values("o", &kSetOptions)) {
      if (value == "pipefail") return true;
    }
  }
  return false;
}

class PipeWithoutPipefail final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  // SHELL carries over to stages built FROM another stage, as BuildKit does; other stages start without it.
  void begin_stage(const Stage& stage, Context&) override {
    pipefail_ = stage.parent && stage_pipefail_[*stage.parent];
  }
  void end_stage(const Stage& stage, Context&) override { stage_pipefail_[stage.index] = pipefail_; }

  void check(const Instruction& in, Context& ctx) override {
    // ONBUILD triggers run under the SHELL of an image that is not known here.
    if (ctx.in_onbuild()) return;
    if (in.is("SHELL")) pipefail_ = shell_sets_pipefail(in);
    if (!in.is("RUN") || pipefail_) return;
    // Non-POSIX shells (pwsh, cmd) have no parsed scripts: nothing to report for them.
    for (const auto& script : ctx.scripts(in)) {
      if (script.pipelines.empty()) continue;
      const auto& pipeline = script.pipelines.front();
      if (script_sets_pipefail_before(script, pipeline.source.begin)) continue;
      ctx.report(pipeline.source,
                 "this pipe hides failures of the commands before the last '|'; set "
                 "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN (or start it with "
                 "'set -o pipefail')");
      return;  // one finding per RUN
    }
  }

 private:
  bool pipefail_ = false;
  std::map<uint32_t, bool> stage_pipefail_;
};

}  // namespace

std::unique_ptr<Rule> make_pipe_without_pipefail() {
  return std::make_unique<PipeWithoutPipefail>();
}

}  // namespace distill::rules
