// Gives each stage its base image, alias, platform and parent stage, the way BuildKit resolves FROM lines.
#pragma once

#include "syntax/dockerfile.h"

namespace distill::syntax {

void link_stages(Dockerfile& file);

}  // namespace distill::syntax
