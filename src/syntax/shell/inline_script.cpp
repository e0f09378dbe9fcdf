// Finds the -c operand the way sh reads its options (options end at the first operand) and re-parses it.
#include "syntax/shell/inline_script.h"

#include <algorithm>
#include <array>

#include "syntax/shell/known_options.h"

namespace distill::syntax::shell {

bool is_shell(std::string_view basename) {
  static constexpr std::array<std::string_view, 7> shells = {"sh",  "bash", "dash", "ash",
                                                             "zsh", "ksh",  "mksh"};
  return std::find(shells.begin(), shells.end(), basename) != shells.end();
}

std::optional<core::Result<Script>> parse_inline_script(const Command& command) {
  std::optional<Command> storage;
  const Command& shell = command.effective(storage);
  if (!is_shell(shell.basename())) return std::nullopt;
  const OptionTable& table = options_for(shell.basename());
  ArgLayout layout = layout_args(shell.args, table);
  const bool has_c = std::any_of(layout.options.begin(), layout.options.end(),
                                 [](const Option& o) { return !o.is_long && o.name == "c"; });
  if (!has_c || layout.operands.empty()) return std::nullopt;
  std::optional<core::MappedText> text = shell.args[layout.operands.front()].mapped_literal();
  if (!text) return std::nullopt;
  return parse(*text);
}

}  // namespace distill::syntax::shell
