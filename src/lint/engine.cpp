// The walk is the only place that knows about stages, ONBUILD and command dispatch, so rules stay small.
#include "lint/engine.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "core/text.h"
#include "lint/context.h"
#include "lint/pragmas.h"
#include "lint/registry.h"
#include "lint/severity.h"
#include "lint/suppressions.h"

namespace distill::lint {
namespace {

void sort_findings(std::vector<core::Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const core::Finding& a, const core::Finding& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.code < b.code;
  });
}

struct ActiveRule {
  std::unique_ptr<Rule> rule;
  core::Severity severity;
  std::unique_ptr<RuleOptions> options;
};

bool is_posix_shell(std::string_view program) {
  if (auto slash = program.find_last_of("/\\"); slash != std::string_view::npos)
    program = program.substr(slash + 1);
  for (std::string_view other : {"pwsh", "powershell", "powershell.exe", "pwsh.exe", "cmd", "cmd.exe"}) {
    if (program == other) return false;
  }
  return true;
}

class Walker {
 public:
  Walker(const syntax::Dockerfile& file, std::vector<ActiveRule>& rules, bool posix_default,
         const ContextIgnore* ignore)
      : file_(file), rules_(rules), context_(file, scripts_), posix_default_(posix_default) {
    context_.set_context_ignore(ignore);
    for (size_t i = 0; i < rules_.size(); ++i) {
      for (std::string_view command : rules_[i].rule->meta().commands)
        by_command_[std::string(command)].push_back(i);
    }
  }

  std::vector<core::Finding> run() {
    Position position;
    position.posix_shell = posix_default_;
    for (size_t i = 0; i < file_.preamble.size(); ++i) {
      position.instruction_index = i;
      visit(file_.preamble[i], position);
    }
    std::vector<bool> stage_posix(file_.stages.size(), posix_default_);
    for (const syntax::Stage& stage : file_.stages) {
      position = Position{&stage, 0, false, stage.parent ? stage_posix[*stage.parent] : posix_default_};
      each_rule([&](Rule& rule) { rule.begin_stage(stage, context_); }, position);
      for (size_t i = 0; i < stage.instructions.size(); ++i) {
        const syntax::Instruction& in = stage.instructions[i];
        if (in.is("SHELL") && in.form == syntax::Form::kJson && !in.args.empty()) {
          position.posix_shell = is_posix_shell(in.args.front().text);
        }
        position.instruction_index = i;
        visit(in, position);
      }
      stage_posix[stage.index] = position.posix_shell;
      each_rule([&](Rule& rule) { rule.end_stage(stage, context_); }, position);
    }
    each_rule([&](Rule& rule) { rule.finish(context_); }, position);
    return std::move(findings_);
  }

 private:
  template <typename F>
  void each_rule(F&& f, const Position& position) {
    context_.set_position(position);
    for (ActiveRule& active : rules_) {
      context_.set_rule(&active.rule->meta(), active.options.get());
      f(*active.rule);
      collect(active);
    }
  }

  void collect(ActiveRule& active) {
    for (core::Finding& finding : context_.take_findings()) {
      finding.severity = active.severity;
      findings_.push_back(std::move(finding));
    }
  }

  void visit(const syntax::Instruction& in, Position position) {
    each_rule([&](Rule& rule) { rule.check(in, context_); }, position);
    if (in.is("RUN")) dispatch_commands(in, position);
    if (!in.trigger.empty()) {
      position.in_onbuild = true;
      visit(in.trigger.front(), position);
    }
  }

  void dispatch_commands(const syntax::Instruction& run, const Position& position) {
    if (by_command_.empty()) return;
    context_.set_position(position);
    for (const syntax::shell::Command& command : context_.commands(run)) {
      auto it = by_command_.find(command.basename());
      if (it == by_command_.end()) continue;
      for (size_t index : it->second) {
        ActiveRule& active = rules_[index];
        context_.set_rule(&active.rule->meta(), active.options.get());
        active.rule->check_command(command, run, context_);
        collect(active);
      }
    }
  }

  const syntax::Dockerfile& file_;
  std::vector<ActiveRule>& rules_;
  ScriptCache scripts_;
  Context context_;
  bool posix_default_;
  std::map<std::string, std::vector<size_t>, std::less<>> by_command_;
  std::vector<core::Finding> findings_;
};

}  // namespace

std::vector<core::Finding> lint(const syntax::Dockerfile& file, const config::Config& config,
                                const ContextIgnore* ignore) {
  Pragmas pragmas = read_pragmas(file);
  std::vector<ActiveRule> rules;
  for (const RuleEntry& entry : registered_rules()) {
    core::Severity severity = configured_severity(*entry.meta, config, pragmas);
    if (severity == core::Severity::kIgnore) continue;
    const nlohmann::json* own = nullptr;
    for (const auto& [name, value] : config.rule_options) {
      if (names_rule(name, *entry.meta)) own = &value;
    }
    rules.push_back(ActiveRule{entry.make(), severity, std::make_unique<RuleOptions>(config, own)});
  }
  bool posix = !pragmas.shell || is_posix_shell(*pragmas.shell);
  std::vector<core::Finding> findings = Walker(file, rules, posix, ignore).run();
  findings = apply_suppressions(std::move(findings), pragmas, config);
  sort_findings(findings);
  return findings;
}

void merge_external(const syntax::Dockerfile& file, std::vector<core::Finding> external,
                    const config::Config& config, std::vector<core::Finding>& findings) {
  std::vector<core::Finding> kept;
  for (core::Finding& finding : external) {
    auto named = [&](const std::string& name) { return core::iequals(name, finding.code); };
    if (std::any_of(config.ignored.begin(), config.ignored.end(), named)) continue;
    for (const auto& [name, level] : config.overrides) {
      if (named(name)) finding.severity = level;
    }
    if (finding.severity != core::Severity::kIgnore) kept.push_back(std::move(finding));
  }
  kept = apply_suppressions(std::move(kept), read_pragmas(file), config, /*report_unused=*/false);
  findings.insert(findings.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
  sort_findings(findings);
}

}  // namespace distill::lint
