// getopt_long-style argument layout: combined short flags, attached and separate values, "--".
#include "syntax/shell/options.h"

#include <algorithm>

namespace distill::syntax::shell {

bool OptionTable::short_takes_value(char letter) const {
  return short_with_value.find(letter) != std::string::npos;
}

bool OptionTable::long_takes_value(std::string_view name) const {
  return std::find(long_with_value.begin(), long_with_value.end(), name) != long_with_value.end();
}

bool OptionTable::is_single_dash_long(std::string_view name) const {
  return std::find(single_dash_long.begin(), single_dash_long.end(), name) != single_dash_long.end();
}

namespace {

// Fills option.value from the following word when the option needs one and nothing was attached.
void take_separate_value(Option& option, const std::vector<Word>& args, size_t& i) {
  if (i + 1 < args.size()) {
    option.value = args[i + 1].value();
    option.value_word = i + 1;
    ++i;
  }
}

// "-abc" (and "-ofile" when o takes a value): every letter is an option until one that takes a value.
void lay_out_short(std::string_view body, const std::vector<Word>& args, const OptionTable& table, size_t& i,
                   ArgLayout& out) {
  const size_t word = i;
  for (size_t k = 0; k < body.size(); ++k) {
    Option option{std::string(1, body[k]), false, std::nullopt, word, std::nullopt};
    if (table.short_takes_value(body[k])) {
      if (k + 1 < body.size()) {
        option.value = std::string(body.substr(k + 1));
      } else {
        take_separate_value(option, args, i);
      }
      out.options.push_back(std::move(option));
      return;
    }
    out.options.push_back(std::move(option));
  }
}

void lay_out_long(std::string_view body, const std::vector<Word>& args, const OptionTable& table, size_t& i,
                  ArgLayout& out) {
  Option option{std::string(body), true, std::nullopt, i, std::nullopt};
  if (auto eq = body.find('='); eq != std::string_view::npos) {
    option.name = std::string(body.substr(0, eq));
    option.value = std::string(body.substr(eq + 1));
  } else if (table.long_takes_value(body)) {
    take_separate_value(option, args, i);
  }
  out.options.push_back(std::move(option));
}

}  // namespace

ArgLayout layout_args(const std::vector<Word>& args, const OptionTable& table) {
  ArgLayout out;
  bool options_over = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& text = args[i].value();
    // A quoted "-y" is still an option to the program; only the value matters, so use it.
    if (options_over || text.size() < 2 || text[0] != '-') {
      out.operands.push_back(i);
      if (table.options_end_at_first_operand) options_over = true;
      continue;
    }
    if (text == "--") {
      out.end_of_options = i;
      options_over = true;
      continue;
    }
    std::string_view body = std::string_view(text).substr(text[1] == '-' ? 2 : 1);
    if (text[1] == '-') {
      lay_out_long(body, args, table, i, out);
      continue;
    }
    std::string_view name = body.substr(0, body.find('='));
    if (table.is_single_dash_long(name)) {
      lay_out_long(body, args, table, i, out);
    } else {
      lay_out_short(body, args, table, i, out);
    }
  }
  return out;
}

}  // namespace distill::syntax::shell
