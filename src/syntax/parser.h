// Turns bytes into the typed Dockerfile model: tree-sitter parses, the model builder types the tree.
#pragma once

#include <memory>

#include "core/result.h"
#include "core/source.h"
#include "syntax/dockerfile.h"

struct TSParser;
struct TSLanguage;

// The tree-sitter language of distill's Dockerfile grammar (grammar/src/parser.c).
extern "C" const TSLanguage* tree_sitter_dockerfile(void);

namespace distill::syntax {

// Largest file accepted: real Dockerfiles are kilobytes; anything this big is not one, and refusing it
// keeps editors and pre-commit hooks responsive.
inline constexpr uint32_t kMaxFileBytes = 8u << 20;

// Rejects input that cannot be a Dockerfile at all (too large, binary, invalid UTF-8), with a location.
core::Result<bool> check_text(const core::SourceText& source);

// One per thread: a tree-sitter parser is not thread-safe.
class Parser {
 public:
  Parser();
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // An Error only when the input is not text (see check_text); syntax errors are data in Dockerfile::errors.
  core::Result<Dockerfile> parse(core::SourceText source);

 private:
  TSParser* parser_;
};

}  // namespace distill::syntax
