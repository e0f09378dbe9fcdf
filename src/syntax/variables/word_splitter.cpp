// Word splitting state kept apart from the lexer so the lexer stays about syntax.
#include "syntax/variables/word_splitter.h"

#include "syntax/variables/unicode_class.h"
#include "syntax/variables/utf8.h"

namespace distill::syntax::variables {

void WordSplitter::add_char(char32_t c) {
  if (!is_space(c)) {
    add_raw_char(c);
    return;
  }
  // BuildKit only ends a word that has text; `"" x` therefore starts "x" without an empty word before it.
  if (in_word_ && !word_.empty()) {
    words_.push_back(std::move(word_));
    word_.clear();
    in_word_ = false;
  }
}

void WordSplitter::add_string(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const Rune r = decode_rune(text, i);
    add_char(r.code);
    i += r.width;
  }
}

void WordSplitter::add_raw_char(char32_t c) {
  append_rune(word_, c);
  in_word_ = true;
}

void WordSplitter::add_raw_string(std::string_view text) {
  word_.append(text);
  in_word_ = true;
}

std::vector<std::string> WordSplitter::finish() {
  if (!word_.empty()) {
    words_.push_back(std::move(word_));
    word_.clear();
    in_word_ = false;
  }
  return std::move(words_);
}

}  // namespace distill::syntax::variables
