// The shell scripts an instruction hands to a shell: the shell-form command of RUN/CMD/ENTRYPOINT/HEALTHCHECK
// and the RUN heredoc bodies that a shell executes, each parsed by tree-sitter-bash and mapped to the source.
#pragma once

#include <vector>

#include "syntax/instruction.h"
#include "syntax/shell/script.h"

namespace distill::syntax {

// Whether heredoc `index` of a RUN is a shell script (`RUN <<EOF`, `RUN <<EOF bash`, `RUN bash -e <<EOF`, or
// a body starting with a shell shebang) rather than data for another program (`RUN python3 <<EOF`, `cat <<EOF
// >f`).
bool heredoc_is_shell_script(const Instruction& run, size_t index);

// The parsed scripts, the shell-form command first, then shell heredoc bodies; empty for JSON form.
// Scripts tree-sitter-bash cannot parse at all are left out (syntax errors still yield a Script).
std::vector<shell::Script> parse_scripts(const Instruction& in, shell::Parser& parser);

}  // namespace distill::syntax
