// Types an instruction from its logical text using BuildKit's own splitting rules (flags, JSON vs shell form,
// ENV/LABEL/ARG pairs), and maps every piece back to the source.
#pragma once

#include "syntax/instruction.h"

namespace distill::syntax {

// Fills flags, form, args, pairs, command and errors of `instruction` from instruction.logical.
void type_instruction(Instruction& instruction, char escape);

}  // namespace distill::syntax
