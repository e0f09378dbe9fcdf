// One include for users of the BuildKit-faithful parser: the tree, file and instruction parsing, and Dump.
#pragma once

#include "syntax/buildkit/dump.h"         // IWYU pragma: export
#include "syntax/buildkit/heredoc.h"      // IWYU pragma: export
#include "syntax/buildkit/instruction.h"  // IWYU pragma: export
#include "syntax/buildkit/node.h"         // IWYU pragma: export
#include "syntax/buildkit/parse_file.h"   // IWYU pragma: export
