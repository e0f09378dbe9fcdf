// Converting shell form is only safe when the shell would do nothing but split words and substitute values
// the image already fixes with ENV; anything else (&&, pipes, redirections, globs, $(…), unset variables) is
// a refusal that names the construct.
#include "rewrite/process.h"

#include "rewrite/self_bound_port.h"

#include "syntax/shell/inline_script.h"
#include "syntax/variables/expansion.h"

namespace distill::rewrite {

namespace {

Refusal needs_shell(const syntax::Instruction& where, const std::string& why) {
  return {"needs-shell", where.keyword + " needs a shell (" + why + "), and the distroless runtime has none",
          where.range};
}

// One shell word, when its value is known from ENV alone.
bool expand_word(const syntax::shell::Word& word, const StageFacts& facts, const syntax::Instruction& where,
                 std::vector<ProcessArg>& out, std::vector<Refusal>& refusals) {
  if (word.has_command_substitution) {
    refusals.push_back(needs_shell(where, "command substitution in " + word.raw));
    return false;
  }
  if (word.has_glob && !word.is_quoted) {
    refusals.push_back(needs_shell(where, "glob pattern " + word.raw));
    return false;
  }
  if (word.literal) {
    out.push_back({*word.literal, ""});
    return true;
  }
  std::vector<std::string> unset;
  syntax::variables::Lookup lookup = [&](std::string_view name) -> std::optional<std::string> {
    if (const auto* setting = facts.find_env(name)) return setting->value;
    unset.emplace_back(name);
    return std::nullopt;
  };
  auto value = syntax::variables::expand_word(word.raw, lookup, '\\');
  if (!value || !unset.empty() || word.raw.find('~') != std::string::npos) {
    std::string what = unset.empty() ? word.raw : "$" + unset.front() + ", which no ENV sets";
    refusals.push_back(needs_shell(where, "expansion of " + what));
    return false;
  }
  std::string variable = value->referenced.size() == 1 ? value->referenced.front() : "";
  if (word.is_quoted) {
    out.push_back({value->value, variable});
    return true;
  }
  // An unquoted expansion is split into fields, and an empty one disappears, exactly as the shell does.
  for (auto& field : split_fields(value->value)) out.push_back({std::move(field), variable});
  return true;
}

std::optional<std::vector<ProcessArg>> exec_form(const syntax::Instruction& in, const StageFacts& facts,
                                                 std::vector<Refusal>& refusals,
                                                 std::vector<std::string>& notes) {
  std::vector<ProcessArg> args;
  for (const auto& arg : in.args) args.push_back({arg.text, ""});
  // ["sh", "-c", "python app.py"] is shell form spelled as JSON.
  if (args.size() >= 3 && syntax::shell::is_shell(args[0].text.substr(args[0].text.rfind('/') + 1)) &&
      args[1].text == "-c") {
    if (args.size() > 3) {
      refusals.push_back(needs_shell(in, "sh -c with positional parameters"));
      return std::nullopt;
    }
    core::MappedText script;
    script.append_synthetic(args[2].text, in.range.begin);
    script.finish(in.range.begin);
    return shell_words(script, facts, in, refusals, &notes);
  }
  return args;
}

std::optional<std::vector<ProcessArg>> words_of(const syntax::Instruction& in, const StageFacts& facts,
                                                std::vector<Refusal>& refusals,
                                                std::vector<std::string>& notes) {
  if (in.form == syntax::Form::kJson) return exec_form(in, facts, refusals, notes);
  if (!in.heredocs.empty()) {
    refusals.push_back(needs_shell(in, "a heredoc script"));
    return std::nullopt;
  }
  return shell_words(in.command, facts, in, refusals, &notes);
}

}  // namespace

std::vector<std::string> split_fields(const std::string& value) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
  std::vector<std::string> fields;
  size_t at = 0;
  while (at < value.size()) {
    while (at < value.size() && blank(value[at])) ++at;
    size_t end = at;
    while (end < value.size() && !blank(value[end])) ++end;
    if (end > at) fields.push_back(value.substr(at, end - at));
    at = end;
  }
  return fields;
}

std::vector<ProcessArg> Process::argv() const {
  std::vector<ProcessArg> all = entrypoint;
  all.insert(all.end(), cmd.begin(), cmd.end());
  return all;
}

std::vector<std::string> texts(const std::vector<ProcessArg>& args) {
  std::vector<std::string> out;
  for (const auto& arg : args) out.push_back(arg.text);
  return out;
}

std::optional<std::vector<ProcessArg>> shell_words(const core::MappedText& text, const StageFacts& facts,
                                                   const syntax::Instruction& where,
                                                   std::vector<Refusal>& refusals,
                                                   std::vector<std::string>* notes) {
  auto parsed = syntax::shell::parse(text);
  if (!parsed || parsed->has_errors) {
    refusals.push_back(needs_shell(where, "it is not a simple command"));
    return std::nullopt;
  }
  const auto& script = *parsed;
  if (script.commands.size() != 1 || !script.pipelines.empty()) {
    refusals.push_back(
        needs_shell(where, script.commands.empty() ? "no command" : "several commands or a pipeline"));
    return std::nullopt;
  }
  if (!script.redirects.empty() || !script.assignments.empty()) {
    refusals.push_back(
        needs_shell(where, script.redirects.empty() ? "a variable assignment" : "a redirection"));
    return std::nullopt;
  }
  const auto& command = script.commands.front();
  if (!command.placement.is_top_level() || !command.assignments.empty()) {
    refusals.push_back(
        needs_shell(where, command.assignments.empty() ? "a compound command" : "an env prefix"));
    return std::nullopt;
  }
  std::vector<syntax::shell::Word> words{command.name};
  words.insert(words.end(), command.args.begin(), command.args.end());
  // `exec app` is what a careful author writes so the app is PID 1; exec form gives the same.
  if (!words.empty() && words.front().is("exec")) words.erase(words.begin());
  if (auto note = drop_self_bound_port(words, facts); note && notes) notes->push_back(std::move(*note));
  std::vector<ProcessArg> out;
  for (const auto& word : words) {
    if (!expand_word(word, facts, where, out, refusals)) return std::nullopt;
  }
  if (out.empty()) {
    refusals.push_back(needs_shell(where, "no command"));
    return std::nullopt;
  }
  return out;
}

std::optional<Process> resolve_process(const StageFacts& facts, std::vector<Refusal>& refusals) {
  Process process;
  size_t before = refusals.size();
  for (const auto* in : {facts.entrypoint, facts.cmd}) {
    if (facts.uses_shell_instruction && in && in->form != syntax::Form::kJson) {
      refusals.push_back({"needs-shell",
                          "SHELL changes the shell that runs the shell-form " + in->keyword +
                              ", and the distroless runtime has no shell",
                          in->range});
      return std::nullopt;
    }
  }
  if (facts.entrypoint) {
    auto words = words_of(*facts.entrypoint, facts, refusals, process.notes);
    if (words) {
      process.entrypoint = std::move(*words);
      process.has_entrypoint = !process.entrypoint.empty();  // ENTRYPOINT [] clears it
      process.converted_shell_form = facts.entrypoint->form != syntax::Form::kJson;
    }
  }
  // A shell-form ENTRYPOINT ignores CMD; an exec-form one takes the CMD of its own stage only.
  bool entrypoint_ignores_cmd = facts.entrypoint && facts.entrypoint->form != syntax::Form::kJson;
  if (facts.cmd && !entrypoint_ignores_cmd) {
    auto words = words_of(*facts.cmd, facts, refusals, process.notes);
    if (words) {
      process.cmd = std::move(*words);
      process.has_cmd = true;
      process.converted_shell_form = process.converted_shell_form || facts.cmd->form != syntax::Form::kJson;
    }
  }
  if (refusals.size() != before) return std::nullopt;
  if (!process.has_entrypoint && !process.has_cmd) {
    refusals.push_back(
        {"no-command",
         "the stage sets no CMD or ENTRYPOINT, so what the image runs comes from its base image",
         facts.stage->from().range});
    return std::nullopt;
  }
  return process;
}

}  // namespace distill::rewrite
