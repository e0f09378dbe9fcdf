// The typed, read-only model of a whole Dockerfile: directives, global ARGs, stages and their instructions,
// comments, and the syntax errors found — all with source ranges into the one SourceText they came from.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/source.h"
#include "syntax/image_ref.h"
#include "syntax/instruction.h"

struct TSTree;

namespace distill::syntax {

struct Directive {
  std::string name;  // lower case: "syntax", "escape", "check"
  std::string value;
  core::ByteRange range;
};

struct Comment {
  std::string text;  // without the leading '#' and surrounding spaces
  core::ByteRange range;
  bool inside_instruction = false;  // a comment line inside a line continuation
};

struct SyntaxError {
  std::string message;
  core::ByteRange range;
};

struct Stage {
  uint32_t index = 0;
  ImageRef base;                     // the image as written
  ImageRef resolved_base;            // with global ARGs expanded
  std::optional<std::string> alias;  // lower-cased, as BuildKit compares stage names
  core::ByteRange alias_range;
  std::optional<std::string> platform;    // --platform value as written
  std::optional<uint32_t> parent;         // index of the stage this one is built FROM
  std::vector<Instruction> instructions;  // FROM first

  const Instruction& from() const { return instructions.front(); }
  std::string display_name() const { return alias ? *alias : std::to_string(index); }
};

class Dockerfile {
 public:
  Dockerfile(core::SourceText source, std::shared_ptr<TSTree> tree)
      : source_(std::move(source)), tree_(std::move(tree)) {}

  const core::SourceText& source() const { return source_; }
  const TSTree* tree() const { return tree_.get(); }

  char escape = '\\';
  std::vector<Directive> directives;
  std::vector<Instruction>
      preamble;  // everything before the first FROM (global ARGs, or misplaced instructions)
  std::vector<Stage> stages;
  std::vector<Comment> comments;
  std::vector<SyntaxError> errors;  // ERROR/MISSING nodes and what BuildKit's parser rejects

  const Directive* directive(std::string_view name) const;
  // The stage named `name` (case-insensitive), or with that index when allow_index (COPY --from=0),
  // defined before stage `before`.
  std::optional<uint32_t> find_stage(std::string_view name, uint32_t before, bool allow_index = false) const;
  // Every instruction in source order, preamble first.
  std::vector<const Instruction*> all_instructions() const;

 private:
  core::SourceText source_;
  std::shared_ptr<TSTree> tree_;
};

}  // namespace distill::syntax
