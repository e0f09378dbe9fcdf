// Option helpers on the command view, built on layout_args so every rule reads arguments the same way.
#include "syntax/shell/command.h"

#include <algorithm>

#include "syntax/shell/known_options.h"
#include "syntax/shell/wrappers.h"

namespace distill::syntax::shell {

std::string_view to_string(Connector connector) {
  switch (connector) {
    case Connector::kNone:
      return "";
    case Connector::kAnd:
      return "&&";
    case Connector::kOr:
      return "||";
    case Connector::kSemicolon:
      return ";";
    case Connector::kBackground:
      return "&";
    case Connector::kNewline:
      return "\n";
    case Connector::kPipe:
      return "|";
    case Connector::kPipeAll:
      return "|&";
  }
  return "";
}

bool Placement::is_top_level() const {
  return !pipeline && !negated && subshell_depth == 0 && substitution_depth == 0 && !in_function &&
         !in_condition && !in_if_body && !in_loop_body && !in_case_body;
}

std::string_view Command::basename() const {
  if (!name.literal) return {};
  std::string_view path = *name.literal;
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

namespace {

const OptionTable& table_or_default(const OptionTable* table, const Command& command) {
  return table ? *table : options_for(command.basename());
}

bool matches(const Option& option, std::string_view name) {
  return option.name == name && option.is_long == (name.size() > 1);
}

// The caller of flag_value asserts that `name` takes a value; the table may not know that yet.
OptionTable with_value_option(OptionTable table, std::string_view name) {
  if (name.size() == 1) {
    if (!table.short_takes_value(name[0])) table.short_with_value.push_back(name[0]);
  } else if (!table.long_takes_value(name)) {
    table.long_with_value.emplace_back(name);
  }
  return table;
}

}  // namespace

ArgLayout Command::layout(const OptionTable* table) const {
  return layout_args(args, table_or_default(table, *this));
}

bool Command::has_flag(std::string_view flag, const OptionTable* table) const {
  ArgLayout l = layout(table);
  return std::any_of(l.options.begin(), l.options.end(), [&](const Option& o) { return matches(o, flag); });
}

bool Command::has_any_flag(std::initializer_list<std::string_view> names, const OptionTable* table) const {
  ArgLayout l = layout(table);
  for (const Option& o : l.options) {
    for (std::string_view n : names) {
      if (matches(o, n)) return true;
    }
  }
  return false;
}

std::vector<std::string> Command::flag_values(std::string_view flag, const OptionTable* table) const {
  OptionTable t = with_value_option(table_or_default(table, *this), flag);
  std::vector<std::string> out;
  for (const Option& o : layout_args(args, t).options) {
    if (matches(o, flag) && o.value) out.push_back(*o.value);
  }
  return out;
}

std::optional<std::string> Command::flag_value(std::string_view flag, const OptionTable* table) const {
  std::vector<std::string> all = flag_values(flag, table);
  if (all.empty()) return std::nullopt;
  return all.back();
}

std::vector<Word> Command::args_without_flags(const OptionTable* table) const {
  std::vector<Word> out;
  for (size_t i : layout(table).operands) out.push_back(args[i]);
  return out;
}

std::optional<size_t> Command::subcommand_index(const OptionTable* table) const {
  ArgLayout l = layout(table);
  if (l.operands.empty()) return std::nullopt;
  return l.operands.front();
}

std::string Command::subcommand(const OptionTable* table) const {
  std::optional<size_t> i = subcommand_index(table);
  return i ? args[*i].value() : std::string();
}

std::vector<Word> Command::args_after_subcommand(const OptionTable* table) const {
  std::optional<size_t> i = subcommand_index(table);
  if (!i) return {};
  return std::vector<Word>(args.begin() + static_cast<std::ptrdiff_t>(*i) + 1, args.end());
}

bool Command::has_arg(std::string_view text) const {
  return std::any_of(args.begin(), args.end(), [&](const Word& w) { return w.is(text); });
}

std::vector<Command> Command::unwrap_chain() const {
  std::vector<Command> chain{*this};
  // A bound, because "env env env …" must not loop forever on hostile input.
  for (int depth = 0; depth < 16; ++depth) {
    std::optional<Command> inner = unwrap_once(chain.back());
    if (!inner) break;
    chain.push_back(std::move(*inner));
  }
  return chain;
}

const Command& Command::effective(std::optional<Command>& storage) const {
  std::optional<Command> inner = unwrap_once(*this);
  if (!inner) return *this;
  storage = std::move(inner);
  // The same bound as unwrap_chain: at most 16 layers are taken off.
  for (int depth = 1; depth < 16; ++depth) {
    std::optional<Command> next = unwrap_once(*storage);
    if (!next) break;
    storage = std::move(next);
  }
  return *storage;
}

Command Command::effective() const {
  std::optional<Command> storage;
  return effective(storage);
}

}  // namespace distill::syntax::shell
