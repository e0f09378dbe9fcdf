// Data files a compiled program reads at run time. `COPY . .` brings sources and data alike; the runtime
// wants only the data (corpus.txt, config.yaml, templates/), never the sources, build files or docs. Read
// from the build context listing, honouring .dockerignore's plain patterns.
#pragma once

#include <string>
#include <vector>

#include "rewrite/plan.h"

namespace distill::rewrite {

// Absolute builder paths under the COPY destinations of `COPY . <dir>` that hold data; empty when the build
// context is not available.
std::vector<std::string> context_data_paths(const PlanContext& context);

}  // namespace distill::rewrite
