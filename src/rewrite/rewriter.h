// distill rewrite: a single-stage Dockerfile (or the final stage of a multistage one) becomes the original
// build, unchanged, as a builder stage, plus a distroless runtime stage that copies only what the
// application needs — or a refusal that says why it is not safe.
#pragma once

#include "core/file_system.h"
#include "core/source.h"
#include "rewrite/options.h"
#include "rewrite/outcome.h"

namespace distill::rewrite {

// Never throws; syntax errors in the input are a refusal with code "syntax-error" and a location.
Outcome rewrite(const core::SourceText& source, const RewriteOptions& options, const core::FileSystem& files);

}  // namespace distill::rewrite
