// The one lexer behind expand_word, expand_words and find_references, mirroring BuildKit's shell.Lex step by
// step.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "syntax/variables/expansion.h"
#include "syntax/variables/references.h"
#include "syntax/variables/utf8.h"
#include "syntax/variables/word_splitter.h"

namespace distill::syntax::variables {

struct ProcessedText {
  std::string value;
  std::vector<std::string> words;
};

class WordProcessor {
 public:
  // With a null lookup the processor only scans: nothing is evaluated, so only syntax errors can occur.
  // With quotes_literal, `'` and `"` are ordinary characters (BuildKit's SkipProcessQuotes, used for heredoc
  // bodies).
  WordProcessor(std::string_view text, char escape, const Lookup* lookup, bool quotes_literal = false);

  core::Result<ProcessedText> run();

  const std::vector<std::string>& referenced() const { return referenced_; }
  std::vector<std::string> unset() const;
  std::vector<Reference> take_references();  // in source order

 private:
  static constexpr char32_t kNoStop = 0xFFFFFFFF;

  Rune peek() const { return decode_rune(text_, pos_); }
  Rune next();
  bool at_eof() const { return pos_ >= text_.size(); }
  bool fail(std::string message, size_t offset);

  bool process_until(char32_t stop, bool raw_escapes, std::string& out, WordSplitter* words);
  bool single_quote(std::string& out);
  bool double_quote(bool raw_escapes, std::string& out);
  bool dollar(std::string& out);
  bool braced(size_t begin, size_t slot, std::string& out);
  bool operand(size_t begin, char32_t stop, bool raw_escapes, const char* missing, std::string& out);
  std::string read_name();

  std::optional<std::string> lookup(const std::string& name, bool handles_unset);
  void note_name(const std::string& name);
  size_t reserve_reference();
  void note_reference(size_t slot, std::string name, std::string op, size_t word_begin, size_t word_end,
                      size_t begin);

  std::string_view text_;
  char32_t escape_;
  const Lookup* lookup_;
  bool quotes_literal_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::optional<core::Error> error_;
  std::vector<std::string> referenced_;
  std::set<std::string, std::less<>> seen_;
  std::set<std::string, std::less<>> unset_;
  std::vector<Reference> references_;
};

}  // namespace distill::syntax::variables
