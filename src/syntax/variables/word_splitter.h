// Splits processed text into words the way BuildKit's ProcessWords does: after expansion, honouring quotes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace distill::syntax::variables {

class WordSplitter {
 public:
  // Unquoted text, including expanded variable values: whitespace separates words.
  void add_char(char32_t c);
  void add_string(std::string_view text);
  // Quoted or escaped text: kept whole, whitespace included.
  void add_raw_char(char32_t c);
  void add_raw_string(std::string_view text);

  // Empty words are never produced, so `""` alone yields nothing (as in BuildKit).
  std::vector<std::string> finish();

 private:
  std::string word_;
  std::vector<std::string> words_;
  bool in_word_ = false;
};

}  // namespace distill::syntax::variables
