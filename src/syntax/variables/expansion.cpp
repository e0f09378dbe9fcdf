// The public entry points over WordProcessor: one word with its references, or the split word list.
#include "syntax/variables/expansion.h"

#include "syntax/variables/word_processor.h"

namespace distill::syntax::variables {

core::Result<Expansion> expand_word(std::string_view word, const Lookup& lookup, char escape) {
  WordProcessor processor(word, escape, &lookup);
  auto processed = processor.run();
  if (!processed) return processed.error();
  return Expansion{std::move(processed->value), processor.referenced(), processor.unset()};
}

core::Result<Expansion> expand_raw(std::string_view text, const Lookup& lookup) {
  WordProcessor processor(text, '\\', &lookup, /*quotes_literal=*/true);
  auto processed = processor.run();
  if (!processed) return processed.error();
  return Expansion{std::move(processed->value), processor.referenced(), processor.unset()};
}

core::Result<std::vector<std::string>> expand_words(std::string_view text, const Lookup& lookup,
                                                    char escape) {
  WordProcessor processor(text, escape, &lookup);
  auto processed = processor.run();
  if (!processed) return processed.error();
  return std::move(processed->words);
}

}  // namespace distill::syntax::variables
