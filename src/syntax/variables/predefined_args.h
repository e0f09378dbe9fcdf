// The ARGs BuildKit defines without any ARG line, for "undefined variable" checks and FROM expansion.
#pragma once

#include "syntax/variables/scope.h"

namespace distill::syntax::variables {

// BuildKit's automatic platform ARGs with linux/amd64 values (TARGETVARIANT and BUILDVARIANT set but empty)
// and the predefined proxy ARGs (HTTP_PROXY, http_proxy, ... declared, unset). These are the global-scope
// values: inside a stage BuildKit only exposes the ones a stage re-declares with ARG.
Scope predefined_args();

}  // namespace distill::syntax::variables
