// Turns a plan into text: the original stage as the builder (named, its base pinned, runtime-only
// instructions moved out with their comments) and the runtime stage appended after it.
#pragma once

#include <string>
#include <vector>

#include "core/edits.h"
#include "rewrite/plan.h"

namespace distill::rewrite {

struct RuntimeStage {
  RuntimePlan plan;
  std::vector<std::string> env_lines;       // ENV carried from the original, then the plan's own
  std::vector<std::string> metadata_lines;  // LABEL/EXPOSE/VOLUME/STOPSIGNAL/HEALTHCHECK with their comments
  std::vector<std::string> command_comments;      // comments that stood above CMD/ENTRYPOINT
  std::vector<const syntax::Instruction*> moved;  // removed from the builder (they only matter at run time)
  std::vector<core::Edit> builder_edits;          // inside the builder's RUNs (apk → apt-get)
  std::string builder_alias;
  std::string plan_workdir = "/";
  bool nonroot = true;
  bool builder_runs_as_root = true;  // the original stage's last USER; builder_runs need root to write
  uint32_t uid = 65532;
};

core::ByteRange removal_range(const core::SourceText& source, const syntax::Instruction& in);
core::Result<std::string> emit(const syntax::Dockerfile& file, const syntax::Stage& stage,
                               const RuntimeStage& runtime);

}  // namespace distill::rewrite
