// Inline suppressions, read from comments before any rule runs and applied to the findings afterwards:
//   # distill ignore=DL3008,apt-get-unpinned     next instruction      (also: # hadolint ignore=...)
//   # distill stage ignore=...                   the stage whose FROM follows
//   # distill global ignore=...                  the whole file
//   # check=skip=JSONArgsRecommended             BuildKit: the next instruction (or whole file as a
//   directive) # hadolint shell=powershell                  the shell RUN bodies are written in
// A rationale may follow after another '#' or "//": `# distill ignore=DL3008 # pinned by the base image`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/source.h"
#include "syntax/dockerfile.h"

namespace distill::lint {

struct Suppression {
  enum class Scope { kNextInstruction, kStage, kGlobal };
  Scope scope = Scope::kNextInstruction;
  std::vector<std::string> names;  // codes, slugs or aliases as written; "all" for BuildKit's skip=all
  std::vector<core::ByteRange> name_ranges;
  core::ByteRange comment;  // the pragma comment itself
  core::ByteRange target;   // what it covers (instruction, stage, or the whole file)
  bool buildkit = false;    // from # check=skip=
};

struct Pragmas {
  std::vector<Suppression> suppressions;
  std::optional<std::string> shell;  // from `# hadolint shell=` / `# distill shell=`
  bool buildkit_error = false;       // `# check=error=true`
};

Pragmas read_pragmas(const syntax::Dockerfile& file);

}  // namespace distill::lint
