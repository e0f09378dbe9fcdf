// DL3025: shell-form CMD/ENTRYPOINT/HEALTHCHECK run under `/bin/sh -c`, so the process is not PID 1, never
// sees SIGTERM from `docker stop`, and the image needs a shell at all (impossible on distroless).
#include <string>
#include <vector>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"JSONArgsRecommended"};
constexpr RuleMeta kMeta{.code = "DL3025",
                         .slug = "cmd-shell-form",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kSometimes,
                         .aliases = kAliases,
                         .commands = {}};

// Shell builtins and keywords only exist inside a shell; `CMD ["exec", …]` or `["cd", …]` would not run.
constexpr std::string_view kShellOnly[] = {
    ".",       "[[",       "alias",   "bg",   "break",   "builtin", "case",     "cd",
    "command", "continue", "declare", "eval", "exec",    "exit",    "export",   "fg",
    "for",     "function", "if",      "jobs", "let",     "local",   "readonly", "return",
    "set",     "shift",    "source",  "trap", "typeset", "ulimit",  "umask",    "unset",
    "until",   "wait",     "while",   "{",    "!"};

bool is_shell_only(std::string_view name) {
  for (std::string_view word : kShellOnly) {
    if (name == word) return true;
  }
  return false;
}

// A word the shell passes through unchanged: no quotes, escapes, expansions or globs.
bool is_plain(const Word& word) {
  return word.literal && *word.literal == word.raw && !word.is_quoted && !word.has_expansion &&
         !word.has_glob;
}

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The JSON exec form of a command that is one simple command of plain words filling the whole text (no
// operators, redirections, assignments or comments), else nullopt.
std::optional<std::string> exec_form(const Instruction& in, Context& ctx) {
  const auto& scripts = ctx.scripts(in);
  if (scripts.size() != 1) return std::nullopt;
  const auto& script = scripts.front();
  if (script.has_errors || script.commands.size() != 1 || !script.pipelines.empty() ||
      !script.assignments.empty() || !script.redirects.empty())
    return std::nullopt;
  const Command& command = script.commands.front();
  if (!command.assignments.empty() || !command.redirects.empty() || is_shell_only(command.name.raw))
    return std::nullopt;
  std::string_view text = in.command.text();
  size_t first = text.find_first_not_of(" \t");
  size_t last = text.find_last_not_of(" \t");
  if (first == std::string_view::npos || command.script.begin != first || command.script.end != last + 1)
    return std::nullopt;
  std::vector<const Word*> words{&command.name};
  for (const Word& arg : command.args) words.push_back(&arg);
  std::string json = "[";
  for (const Word* word : words) {
    if (!is_plain(*word)) return std::nullopt;
    if (json.size() > 1) json += ", ";
    json += json_string(*word->literal);
  }
  return json + "]";
}

class CmdShellForm final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!(in.is("CMD") || in.is("ENTRYPOINT") || in.is("HEALTHCHECK")) || in.form != syntax::Form::kShell ||
        in.command.empty())
      return;
    std::string_view text = in.command.text();
    size_t first = text.find_first_not_of(" \t");
    size_t last = text.find_last_not_of(" \t");
    if (first == std::string_view::npos) return;
    core::ByteRange range =
        in.command.to_source(static_cast<uint32_t>(first), static_cast<uint32_t>(last + 1));
    std::string what = in.is("HEALTHCHECK") ? "HEALTHCHECK CMD" : in.keyword;
    std::optional<core::Fix> fix;
    std::string example = "[\"executable\", \"arg\"]";
    if (auto json = exec_form(in, ctx)) {
      // Unsafe: the shell no longer runs (no $VAR at run time), signals reach the process directly, and a
      // JSON ENTRYPOINT starts taking CMD as arguments.
      fix = core::Fix::unsafe("Use the JSON exec form", {core::Edit{range, *json}});
      example = *json;
    }
    ctx.report(range,
               what +
                   " in shell form runs under /bin/sh -c, so the process does not receive "
                   "signals such as SIGTERM; use the JSON exec form: " +
                   what + " " + example,
               std::move(fix));
  }
};

}  // namespace

std::unique_ptr<Rule> make_cmd_shell_form() {
  return std::make_unique<CmdShellForm>();
}

}  // namespace distill::rules
