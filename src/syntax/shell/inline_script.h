// The script a shell runs from its -c argument (sh -c '…', bash -lc "…"), parsed on request so rules can look
// inside without every RUN paying for it.
#pragma once

#include <optional>
#include <string_view>

#include "core/result.h"
#include "syntax/shell/command.h"
#include "syntax/shell/script.h"

namespace distill::syntax::shell {

// sh, bash, dash, ash, zsh, ksh, mksh.
bool is_shell(std::string_view basename);

// The -c string of `command` (seen through wrappers: "sudo sh -c …" counts) parsed as a script whose ranges
// point into the Dockerfile. nullopt when the command is not a shell given -c, or the string is not
// statically known ("sh -c "$CMD"").
std::optional<core::Result<Script>> parse_inline_script(const Command& command);

}  // namespace distill::syntax::shell
