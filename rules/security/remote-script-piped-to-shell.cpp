// DI0005: `curl … | sh` executes whatever the server (or anyone between it and the build) sends at that
// moment: the script is never checked against a known checksum or signature, and it changes under the same
// Dockerfile.
#include <optional>
#include <string>
#include <string_view>

#include "lint/rule_api.h"
#include "rules/security/shell_walk_util.h"
#include "syntax/shell/known_options.h"

namespace distill::rules {
namespace {

using shell_walk::Script;

constexpr RuleMeta kMeta{.code = "DI0005",
                         .slug = "remote-script-piped-to-shell",
                         .category = "security",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_stdout(std::string_view path) {
  return path == "-" || path == "/dev/stdout";
}

// curl and wget writing the downloaded body to stdout: curl unless -o/-O names a file, wget only with -O -.
bool downloads_to_stdout(const Command& command) {
  if (command.is("curl")) {
    if (command.has_any_flag({"O", "remote-name", "remote-name-all"})) return false;
    for (const auto& name : {"o", "output"}) {
      if (auto file = command.flag_value(name); file && !is_stdout(*file)) return false;
    }
    return true;
  }
  if (command.is("wget")) {
    for (const auto& name : {"O", "output-document"}) {
      if (auto file = command.flag_value(name); file && is_stdout(*file)) return true;
    }
  }
  return false;
}

bool is_versioned(std::string_view name, std::string_view stem) {
  if (name.substr(0, stem.size()) != stem) return false;
  return name.substr(stem.size()).find_first_not_of("0123456789.") == std::string_view::npos;
}

// Interpreters that run a script from stdin, a file operand or an inline-code option.
bool is_interpreter(std::string_view name) {
  return shell_walk::is_shell(name) || is_versioned(name, "python") || is_versioned(name, "perl") ||
         is_versioned(name, "ruby") || is_versioned(name, "php") || name == "node" || name == "nodejs";
}

// The option that takes the program inline (sh -c, python -c, perl/ruby -e, node -e/-p, php -r) or names a
// module to run (python -m): the program then does not come from stdin.
bool has_inline_code_option(const Command& interpreter) {
  std::string name(interpreter.basename());
  if (shell_walk::is_shell(name)) return interpreter.has_flag("c");
  if (is_versioned(name, "python")) return interpreter.has_any_flag({"c", "m"});
  if (is_versioned(name, "perl")) return interpreter.has_any_flag({"e", "E"});
  if (is_versioned(name, "ruby")) return interpreter.has_flag("e");
  if (is_versioned(name, "php")) return interpreter.has_flag("r");
  return interpreter.has_any_flag({"e", "p", "eval", "print"});  // node
}

const syntax::shell::OptionTable& interpreter_options(const Command& interpreter) {
  return syntax::shell::options_for(interpreter.basename());
}

// `sh`, `sh -`, `bash -s -- args`, `python3 -`, `sudo -E bash -`: the program comes from stdin.
bool runs_stdin(const Command& command) {
  if (!is_interpreter(command.basename()) || has_inline_code_option(command)) return false;
  if (shell_walk::is_shell(command.basename()) && command.has_flag("s")) return true;
  auto operands = command.args_without_flags(&interpreter_options(command));
  return operands.empty() || operands.front().is("-") || operands.front().is("/dev/stdin");
}

// The word an interpreter executes as its program: the -c/-e text or, without it, the script file operand.
// `sh -c "$(curl …)"`, `bash <(curl …)`, `eval "$(curl …)"`, `. <(curl …)`.
bool executes_word(const Command& command, const Word& word) {
  std::string name(command.basename());
  if (name == "eval" || name == "source" || name == ".") return true;
  if (!is_interpreter(name)) return false;
  auto operands = command.args_without_flags(&interpreter_options(command));
  return !operands.empty() && operands.front().source == word.source;
}

std::string finding_text(std::string_view downloader, std::string_view runner) {
  return "'" + std::string(downloader) + "' output is run by '" + std::string(runner) +
         "' unverified; download the script to a file, check its checksum or signature, then run it";
}

class RemoteScriptPipedToShell final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    shell_walk::for_each_script(in, ctx, [&](const Script& script) {
      check_pipelines(script, ctx);
      check_substitutions(script, ctx);
    });
  }

 private:
  // curl … | [tee …|] sh: a downloader in one stage, a stdin-reading interpreter in a later one.
  static void check_pipelines(const Script& script, Context& ctx) {
    for (const auto& pipeline : script.pipelines) {
      std::optional<std::string> downloader;
      bool reported = false;
      for (size_t stage = 0; stage < pipeline.stages.size() && !reported; ++stage) {
        for (const Command* command : script.stage_commands(pipeline, stage)) {
          Command effective = command->effective();
          if (downloader && runs_stdin(effective)) {
            ctx.report(pipeline.source, finding_text(*downloader, effective.basename()));
            reported = true;
            break;
          }
          if (!downloader && downloads_to_stdout(effective)) downloader = effective.basename();
        }
      }
    }
  }

  // sh -c "$(curl …)", bash <(curl …): the download is the program text or file of the enclosing command.
  static void check_substitutions(const Script& script, Context& ctx) {
    for (const Command& command : script.commands) {
      if (!command.placement.enclosing_command ||
          *command.placement.enclosing_command >= script.commands.size())
        continue;
      Command download = command.effective();
      if (!downloads_to_stdout(download)) continue;
      Command runner = script.commands[*command.placement.enclosing_command].effective();
      for (const Word& word : runner.args) {
        if (word.source.contains(command.source.begin) && executes_word(runner, word)) {
          ctx.report(runner.source, finding_text(download.basename(), runner.basename()));
          break;
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_remote_script_piped_to_shell() {
  return std::make_unique<RemoteScriptPipedToShell>();
}

}  // namespace distill::rules
