// One open document linted the way `distill lint` lints a file: the config found from the document's folder,
// the .dockerignore beside it, every rule; the result is what diagnostics and code actions are made from.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/environment.h"
#include "core/finding.h"
#include "syntax/dockerfile.h"

namespace distill::lsp {

struct Problem {  // a syntax or configuration problem, shown as an error diagnostic
  std::string message;
  core::ByteRange range;
  std::string source;  // "distill" or "distill config"
};

struct Analysis {
  std::optional<syntax::Dockerfile> file;
  std::vector<core::Finding> findings;
  std::vector<Problem> problems;
};

// `path` is the document's file path ("" for an unsaved buffer, linted with the working directory's config).
Analysis analyze(const std::string& path, std::string text, const config::Environment& environment);

}  // namespace distill::lsp
