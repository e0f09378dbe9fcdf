// Where the executable a command starts comes from: followed through the RUN commands and COPYs that wrote it
// (go build -o, cargo install, gcc -o, cp/mv/install/ln, curl -o, wget -O, tar -C, chmod, make install).
#pragma once

#include <optional>
#include <string>

#include "rewrite/plan.h"

namespace distill::rewrite {

std::string basename_of(const std::string& path);
bool is_compiler(const std::string& name);

// The absolute path of `program` in the builder, or nullopt when no build step accounts for it.
std::optional<std::string> locate_binary(const PlanContext& context, const std::string& program);

}  // namespace distill::rewrite
