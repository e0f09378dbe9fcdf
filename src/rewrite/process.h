// The process the original image starts, as exec-form argument lists: shell-form CMD/ENTRYPOINT and
// `sh -c '…'` are converted when a shell adds nothing (plain words, $VAR from ENV), and refused otherwise.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rewrite/outcome.h"
#include "rewrite/stage_facts.h"

namespace distill::rewrite {

struct ProcessArg {
  std::string text;
  std::string from_variable;  // set when a shell produced this word by expanding $NAME
};

struct Process {
  std::vector<ProcessArg> entrypoint;
  std::vector<ProcessArg> cmd;
  bool has_entrypoint = false;
  bool has_cmd = false;  // a CMD the image keeps (ENTRYPOINT in the stage resets an inherited one)
  bool converted_shell_form = false;
  std::vector<std::string> notes;  // what the conversion changed beyond the form (see self_bound_port.h)

  std::vector<ProcessArg> argv() const;  // entrypoint then cmd
};

// nullopt with refusals appended when the command needs a shell, or the stage sets no command.
std::optional<Process> resolve_process(const StageFacts& facts, std::vector<Refusal>& refusals);

// Words of one shell command line, when it is a single simple command a shell adds nothing to.
// `notes`, when given, receives what the conversion changed beyond dropping the shell.
std::optional<std::vector<ProcessArg>> shell_words(const core::MappedText& text, const StageFacts& facts,
                                                   const syntax::Instruction& where,
                                                   std::vector<Refusal>& refusals,
                                                   std::vector<std::string>* notes = nullptr);

std::vector<std::string> texts(const std::vector<ProcessArg>& args);

// A shell's field splitting with the default IFS (space, tab, newline), empty fields dropped.
std::vector<std::string> split_fields(const std::string& value);

}  // namespace distill::rewrite
