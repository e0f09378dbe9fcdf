// Commands that run another command given as their arguments (sudo, env, nice, xargs, …), so rules about
// apt-get still see "sudo apt-get install x".
#pragma once

#include <optional>
#include <string_view>

#include "syntax/shell/command.h"

namespace distill::syntax::shell {

// True for the basenames unwrap_once knows.
bool is_wrapper(std::string_view basename);

// The command `wrapper` runs, as a view: its name and arguments come from the wrapper's arguments, the
// wrapper's redirects, placement and ranges are kept, and env/sudo NAME=value words become assignments.
// nullopt when `wrapper` is not a wrapper, runs no command (sudo -l, command -v x, xargs alone), or the
// wrapped command is given as a string (env -S, flock -c).
std::optional<Command> unwrap_once(const Command& wrapper);

}  // namespace distill::syntax::shell
