// Paths that only feed the build: a wheel directory given to pip --find-links, a requirements file, an
// install script that a RUN executes. The runtime does not need them, so they are not copied across.
#pragma once

#include <string>

#include "rewrite/stage_facts.h"

namespace distill::rewrite {

// Whether `path` (absolute) is named by a RUN command's argument or option value — the command itself or
// a package install — and therefore consumed during the build.
bool consumed_by_build(const StageFacts& facts, const std::string& path);

}  // namespace distill::rewrite
