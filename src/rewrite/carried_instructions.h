// The runtime stage's share of the original: ENV values as the build saw them, and the instructions that only
// matter at run time (CMD, ENTRYPOINT, EXPOSE, LABEL, STOPSIGNAL, HEALTHCHECK, VOLUME), moved out of the
// builder together with the comments above them.
#pragma once

#include "rewrite/emit.h"
#include "rewrite/plan.h"

namespace distill::rewrite {

void carry_env(const PlanContext& context, RuntimeStage& stage);
void carry_metadata(const PlanContext& context, const syntax::Stage& stage, RuntimeStage& runtime);

}  // namespace distill::rewrite
