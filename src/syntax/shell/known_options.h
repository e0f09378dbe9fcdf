// Which options of common build-time tools take a value, so the command view's helpers get operands right
// without every rule repeating the same tables.
#pragma once

#include <string_view>

#include "syntax/shell/options.h"

namespace distill::syntax::shell {

// The table for a command basename ("apt-get", "pip3", "curl"); an empty table when the tool is not known.
const OptionTable& options_for(std::string_view basename);

}  // namespace distill::syntax::shell
