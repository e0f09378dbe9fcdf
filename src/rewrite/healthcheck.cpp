#include "rewrite/healthcheck.h"

#include "rewrite/exec_form.h"
#include "syntax/shell/script.h"

namespace distill::rewrite {

namespace {

std::optional<std::string> probe_url(const std::vector<std::string>& argv) {
  if (argv.empty()) return std::nullopt;
  std::string name = argv.front().substr(argv.front().rfind('/') + 1);
  if (name != "curl" && name != "wget") return std::nullopt;
  std::optional<std::string> url;
  for (size_t i = 1; i < argv.size(); ++i) {
    if (argv[i].starts_with("http://") || argv[i].starts_with("https://")) {
      if (url) return std::nullopt;  // two URLs: not a simple probe
      url = argv[i];
    }
  }
  return url;
}

// `python probe.py` / `node healthcheck.js`: the runtime's own interpreter, which is not on PATH in the
// node images (/nodejs/bin/node) and is versioned in the python ones.
bool runs_interpreter(const std::string& program, RuntimeKind kind) {
  std::string name = program.substr(program.rfind('/') + 1);
  if (kind == RuntimeKind::kNode) return name == "node" || name == "nodejs";
  if (kind != RuntimeKind::kPython) return false;
  return name == "python" || name == "python3" ||
         (name.starts_with("python3.") && name.find_first_not_of("0123456789", 8) == std::string::npos);
}

std::string flags_text(const PlanContext& context, const syntax::Instruction& in) {
  std::string text;
  for (const auto& flag : in.flags) text += std::string(context.facts.file->source().slice(flag.range)) + " ";
  return text;
}

}  // namespace

std::optional<std::string> convert_healthcheck(const PlanContext& context, const syntax::Instruction& in,
                                               const RuntimePlan& plan) {
  if (in.args.size() == 1 && in.args.front().text == "NONE") return "HEALTHCHECK NONE";
  std::vector<std::string> argv;
  if (in.form == syntax::Form::kJson) {
    for (size_t i = 1; i < in.args.size(); ++i) argv.push_back(in.args[i].text);
    if (!argv.empty() && argv.front() == "CMD-SHELL") argv.clear();
  } else if (auto script = syntax::shell::parse(in.command);
             script && !script->has_errors && !script->commands.empty()) {
    // `curl -f URL || exit 1`: the fallback only normalises the exit status, which the probe below does too.
    const auto& first = script->commands.front();
    bool only_exit_after = true;
    for (size_t i = 1; i < script->commands.size(); ++i) {
      if (!script->commands[i].is("exit")) only_exit_after = false;
    }
    if (only_exit_after && script->pipelines.empty()) {
      for (const auto& word : std::vector<syntax::shell::Word>{first.name}) argv.push_back(word.value());
      for (const auto& word : first.args) {
        if (!word.literal) {
          argv.clear();
          break;
        }
        argv.push_back(*word.literal);
      }
    }
  }
  auto url = probe_url(argv);
  RuntimeKind kind = plan.runtime.image ? plan.runtime.image->kind : RuntimeKind::kStatic;
  if (!argv.empty() && runs_interpreter(argv.front(), kind) && !plan.runtime.version.interpreter.empty()) {
    std::vector<std::string> probe = argv;
    probe.front() = plan.runtime.version.interpreter;
    return "HEALTHCHECK " + flags_text(context, in) + "CMD " + exec_form(probe);
  }
  if (url && kind == RuntimeKind::kPython) {
    std::vector<std::string> probe = {
        plan.runtime.version.interpreter, "-c",
        "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=10)", *url};
    context.note("HEALTHCHECK: " + argv.front() + " is not in the runtime; the probe uses python's urllib");
    return "HEALTHCHECK " + flags_text(context, in) + "CMD " + exec_form(probe);
  }
  if (url && kind == RuntimeKind::kNode) {
    std::string module = url->starts_with("https") ? "https" : "http";
    std::vector<std::string> probe = {
        plan.runtime.version.interpreter, "-e",
        "require('" + module +
            "').get(process.argv[1], (r) => process.exit(r.statusCode < 400 ? 0 : 1)).on('error', () => "
            "process.exit(1))",
        *url};
    context.note("HEALTHCHECK: " + argv.front() + " is not in the runtime; the probe uses node's " + module);
    return "HEALTHCHECK " + flags_text(context, in) + "CMD " + exec_form(probe);
  }
  std::string written(context.facts.file->source().slice(in.range));
  while (written.ends_with('\n') || written.ends_with(' ')) written.pop_back();
  context.note(
      "HEALTHCHECK left out: `" + written +
      "` needs a shell or a tool the distroless runtime does not have; use an orchestrator probe instead");
  return std::nullopt;
}

}  // namespace distill::rewrite
