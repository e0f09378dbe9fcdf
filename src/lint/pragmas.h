// Inline suppressions, read from comments before any rule runs and applied to the findings afterwards:
//   # distill ignore=DL3008,apt-get-unpinned     next instruction      (also: # hadolint ignore=...)
//   # distill stage ignore=...                   the stage whose FROM follows
//   # distill global ignore=...                  the whole file
//   # check=skip=JSONArgsRecommended             BuildKit: the next instruction (or whole file as a
//   directive) # hadolint shell=powershell                  the shell RUN bodies are written in
//   # check=experimental=InvalidDefinitionDescription   BuildKit directive: turns on experimental checks
// A rationale may follow after another '#' or "//": `# distill ignore=DL3008 # pinned by the base image`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/source.h"
#include "lint/rule.h"
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
  // `# check=experimental=A,B` or `=all`: BuildKit's experimental checks to run. In distill those are the
  // rules that are off by default and have a BuildKit name.
  std::vector<std::string> buildkit_experimental;
};

Pragmas read_pragmas(const syntax::Dockerfile& file);

// Whether `# check=experimental=` turns this rule on: it is off by default, has a BuildKit name, and is named
// (by any of its names) or `all` is given. Like BuildKit, the file's `# check=skip=` then does not apply to
// it.
bool experimental_enabled(const Pragmas& pragmas, const RuleMeta& meta);

}  // namespace distill::lint
