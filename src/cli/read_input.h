// Reads one discovered input (a file or stdin) into a SourceText, with one-line errors naming the path.
#pragma once

#include "cli/discovery.h"
#include "core/file_system.h"
#include "core/result.h"
#include "core/source.h"

namespace distill::cli {

core::Result<core::SourceText> read_input(const Input& input, const core::FileSystem& files);

}  // namespace distill::cli
