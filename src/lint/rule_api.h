// Everything a rule file needs, in one include: the rule interface, the context, the model and the shell
// view.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/finding.h"
#include "lint/context.h"
#include "lint/rule.h"
#include "syntax/dockerfile.h"
#include "syntax/instruction.h"
#include "syntax/shell/command.h"
#include "syntax/shell/script.h"

namespace distill::rules {

using lint::Context;
using lint::FixAvailability;
using lint::Rule;
using lint::RuleMeta;
using syntax::Instruction;
using syntax::Stage;
using syntax::shell::Command;
using syntax::shell::Word;

}  // namespace distill::rules
