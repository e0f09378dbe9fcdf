// Findings get their code, slug and default severity from the rule's metadata; the engine applies config.
#include "lint/context.h"

#include "syntax/instruction_scripts.h"
#include "syntax/shell/inline_script.h"
#include "syntax/variable_scope.h"

namespace distill::lint {

const std::vector<syntax::shell::Script>& ScriptCache::scripts(const syntax::Instruction& in) {
  auto it = cache_.find(&in);
  if (it == cache_.end()) it = cache_.emplace(&in, syntax::parse_scripts(in, parser_)).first;
  return it->second;
}

namespace {

void collect_commands(const syntax::shell::Script& script, int depth,
                      std::vector<syntax::shell::Command>& out) {
  for (const syntax::shell::Command& command : script.commands) {
    std::optional<syntax::shell::Command> storage;
    out.push_back(command.effective(storage));
    // Bounded, against `sh -c "sh -c \"…\""` nested without end in hostile input.
    if (depth < 2) {
      if (auto inner = syntax::shell::parse_inline_script(out.back()); inner && inner->ok())
        collect_commands(inner->value(), depth + 1, out);
    }
  }
}

}  // namespace

const std::vector<syntax::shell::Command>& ScriptCache::commands(const syntax::Instruction& in) {
  auto it = commands_.find(&in);
  if (it != commands_.end()) return it->second;
  std::vector<syntax::shell::Command> out;
  for (const syntax::shell::Script& script : scripts(in)) collect_commands(script, 0, out);
  return commands_.emplace(&in, std::move(out)).first->second;
}

const std::vector<syntax::shell::Command>& Context::commands(const syntax::Instruction& in) {
  static const std::vector<syntax::shell::Command> kNone;
  if (!posix_shell()) return kNone;
  return scripts_.commands(in);
}

const std::vector<syntax::shell::Script>& Context::scripts(const syntax::Instruction& in) {
  static const std::vector<syntax::shell::Script> kNone;
  if (!posix_shell()) return kNone;
  return scripts_.scripts(in);
}

const syntax::variables::Scope& Context::scope() const {
  // Rules ask in file order, so moving the last scope forward replays each instruction once per stage.
  if (scope_ && stage() != nullptr && scope_stage_ == stage() && scope_index_ < instruction_index()) {
    if (!globals_) globals_ = syntax::from_scope(file_);
    syntax::advance_scope(file_, stage()->index, scope_index_, instruction_index(), *globals_, *scope_);
    scope_index_ = instruction_index();
  }
  if (!scope_ || scope_stage_ != stage() || scope_index_ != instruction_index()) {
    scope_ = stage() == nullptr ? syntax::preamble_scope_before(file_, instruction_index())
                                : syntax::scope_before(file_, stage()->index, instruction_index());
    scope_stage_ = stage();
    scope_index_ = instruction_index();
  }
  return *scope_;
}

std::string Context::expand(std::string_view text) const {
  if (syntax::expands_to_itself(text, file_.escape)) return std::string(text);
  return syntax::expand_with(scope(), text, file_.escape);
}

core::ByteRange Context::first_line(const syntax::Instruction& in) const {
  std::string_view text = file_.source().slice(in.range);
  size_t newline = text.find('\n');
  uint32_t end =
      newline == std::string_view::npos ? in.range.end : in.range.begin + static_cast<uint32_t>(newline);
  if (end > in.range.begin && file_.source().text()[end - 1] == '\r') --end;
  return {in.range.begin, end};
}

void Context::report(core::ByteRange range, std::string message, std::optional<core::Fix> fix) {
  core::Finding finding;
  finding.code = std::string(meta_->code);
  finding.slug = std::string(meta_->slug);
  finding.severity = meta_->severity;
  finding.message = std::move(message);
  finding.range = range;
  finding.fix = std::move(fix);
  findings_.push_back(std::move(finding));
}

void Context::report(const syntax::Instruction& in, std::string message, std::optional<core::Fix> fix) {
  report(first_line(in), std::move(message), std::move(fix));
}

}  // namespace distill::lint
