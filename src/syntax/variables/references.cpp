// find_references runs the same lexer as expansion without a lookup, so the two can never disagree on syntax.
#include "syntax/variables/references.h"

#include "syntax/variables/word_processor.h"

namespace distill::syntax::variables {

std::vector<Reference> find_references(std::string_view text, char escape, bool quotes_literal) {
  WordProcessor processor(text, escape, nullptr, quotes_literal);
  (void)processor.run();  // a syntax error only ends the scan early
  return processor.take_references();
}

}  // namespace distill::syntax::variables
