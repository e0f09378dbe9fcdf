// Which ENV settings matter at run time. Build-only settings (package-manager switches, compiler flags,
// toolchain versions) stay in the builder; PATH is dropped because commands are resolved to absolute paths.
#pragma once

#include <string_view>

namespace distill::rewrite {

bool build_only_env(std::string_view name);

}  // namespace distill::rewrite
