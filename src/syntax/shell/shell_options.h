// Whether a script turns on a shell option such as pipefail or errexit with `set`, for rules like DL4006
// that accept "set -o pipefail" in the RUN itself.
#pragma once

#include <string_view>

#include "syntax/shell/script.h"

namespace distill::syntax::shell {

// True when some `set` command in the script enables `option` ("pipefail", "errexit", "nounset", "xtrace"):
// "set -o pipefail", "set -euo pipefail", "set -e" for errexit. A later "set +o" is not tracked.
bool sets_shell_option(const Script& script, std::string_view option);

}  // namespace distill::syntax::shell
