// Checks that apply to interpreted stacks after planning: what the application might still reach for at run
// time that the runtime would not have.
#pragma once

#include <optional>

#include "rewrite/outcome.h"
#include "rewrite/plan.h"

namespace distill::rewrite {

// ENV PATH naming a directory that is not copied (nullopt when every entry is fine).
std::optional<Refusal> uncopied_path_entry(const StageFacts& facts, const RuntimePlan& plan);
// A COPY --from of a stage built on Alpine (musl).
std::optional<Refusal> musl_artifacts(const syntax::Dockerfile& file, const syntax::Stage& stage);
// An instruction naming another Python minor's paths (python3.9/site-packages) than the builder and runtime
// use: after an upgrade, or with a floating tag, those paths do not exist.
std::optional<Refusal> other_python_paths(const StageFacts& facts, std::string_view version);

}  // namespace distill::rewrite
