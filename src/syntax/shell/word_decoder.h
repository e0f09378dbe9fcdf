// Turns a tree-sitter-bash word node into a Word: the shell's quote removal and escape rules, and a hook so
// the commands inside $(…) are collected as the word is read.
#pragma once

#include <tree_sitter/api.h>

#include "core/mapped_text.h"
#include "syntax/shell/word.h"

namespace distill::syntax::shell {

// Receives every $(…), `…`, <(…) met while decoding, so the caller can collect the commands inside.
class SubstitutionSink {
 public:
  virtual ~SubstitutionSink() = default;
  virtual void on_substitution(TSNode node) = 0;
  // Decoding recurses; false means "too deep, stop descending" (hostile input).
  virtual bool enter() = 0;
  virtual void leave() = 0;
};

Word decode_word(TSNode node, const core::MappedText& script, SubstitutionSink& sink);

// A heredoc delimiter as written ("'EOF'", "\"EOF\"", "E\\OF"): the value, and whether any quoting was used
// (which turns off expansion in the body).
Word decode_heredoc_delimiter(TSNode node, const core::MappedText& script);

// Node types that are words (arguments, values), as opposed to statements or syntax.
bool is_word_node(std::string_view type);

}  // namespace distill::syntax::shell
