// Splits a command's arguments into options and operands the way getopt-style tools read them, so rules ask
// "is -y set?" or "what are the packages?" instead of scanning text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/shell/word.h"

namespace distill::syntax::shell {

// What a command's options look like. Without it every "-x" is a flag without a value, which is what
// hadolint assumes; with it "-o file" keeps "file" out of the operands.
struct OptionTable {
  std::string short_with_value;               // letters taking a value: "o" for "-o file" and "-ofile"
  std::vector<std::string> long_with_value;   // names taking a value: "output" for "--output file|=file"
  std::vector<std::string> single_dash_long;  // whole words after one dash: "jar" for java's "-jar"
  bool options_end_at_first_operand = false;  // POSIX/wrapper style (sudo, env, sh): later "-x" are operands

  bool short_takes_value(char letter) const;
  bool long_takes_value(std::string_view name) const;
  bool is_single_dash_long(std::string_view name) const;
};

// One option as the command sees it. "-qy" yields two options, "q" and "y".
struct Option {
  std::string name;                  // "y", "yes", "jar"; no dashes
  bool is_long = false;              // written with "--" (or a single-dash long from the table)
  std::optional<std::string> value;  // attached ("-ofile", "--o=file") or taken from the next word
  size_t word = 0;                   // index in the argument list of the word holding the option
  std::optional<size_t> value_word;  // index of the word that supplied the value, when separate
};

struct ArgLayout {
  std::vector<Option> options;
  std::vector<size_t> operands;          // indexes of the non-option arguments, in order
  std::optional<size_t> end_of_options;  // index of "--" when present
};

// Lays out `args` using `table`. A word whose value is not statically known is classified by its raw text,
// so "$FLAGS" is an operand and "-o$DIR" is option o with value "$DIR".
ArgLayout layout_args(const std::vector<Word>& args, const OptionTable& table);

}  // namespace distill::syntax::shell
