// Reads `set` with the option table of sh itself: -o takes a value, single letters are short names.
#include "syntax/shell/shell_options.h"

#include <array>
#include <utility>

#include "syntax/shell/options.h"

namespace distill::syntax::shell {

namespace {

// The single-letter spellings POSIX gives the long option names.
char letter_for(std::string_view option) {
  static constexpr std::array<std::pair<std::string_view, char>, 7> letters = {{{"errexit", 'e'},
                                                                                {"nounset", 'u'},
                                                                                {"xtrace", 'x'},
                                                                                {"verbose", 'v'},
                                                                                {"noglob", 'f'},
                                                                                {"noclobber", 'C'},
                                                                                {"allexport", 'a'}}};
  for (auto [name, letter] : letters) {
    if (name == option) return letter;
  }
  return 0;
}

}  // namespace

bool sets_shell_option(const Script& script, std::string_view option) {
  const OptionTable set_options{"o", {}, {}, false};
  const char letter = letter_for(option);
  for (const Command& command : script.commands) {
    if (!command.is("set")) continue;
    for (const Option& o : layout_args(command.args, set_options).options) {
      if (o.is_long) continue;
      if (o.name == "o" && o.value == option) return true;
      if (letter != 0 && o.name.size() == 1 && o.name[0] == letter) return true;
    }
  }
  return false;
}

}  // namespace distill::syntax::shell
