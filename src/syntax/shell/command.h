// The parsed view of one simple shell command that RUN rules subscribe to: name, arguments, assignments,
// redirections, where it sits in the script, and option helpers (has_flag, args_without_flags, subcommand).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/source.h"
#include "syntax/shell/options.h"
#include "syntax/shell/word.h"

namespace distill::syntax::shell {

// How a command is joined to the command before it in the same list.
enum class Connector : uint8_t {
  kNone,        // first command of the script, or of a then/do/else/case body
  kAnd,         // &&
  kOr,          // ||
  kSemicolon,   // ;
  kBackground,  // & (the previous command runs in the background)
  kNewline,     // a line break (also after a heredoc body)
  kPipe,        // |
  kPipeAll,     // |& (stdout and stderr)
};
std::string_view to_string(Connector connector);

struct HeredocBody {
  std::string delimiter;    // quotes removed
  bool expands = true;      // false when the delimiter was quoted: no $ or $(…) in the body
  bool strip_tabs = false;  // <<-
  std::string text;         // the body lines as written, without the terminator line
  core::ByteRange source;   // the body lines in the Dockerfile
  core::ByteRange script;
};

struct Redirect {
  std::string op;         // ">", ">>", "<", ">&", "<&", "&>", "&>>", ">|", "<>", ">&-", "<<", "<<-", "<<<"
  std::optional<int> fd;  // the explicit descriptor: 2 in "2>&1"
  Word target;            // file, descriptor, here-string, or the heredoc delimiter as written
  std::optional<HeredocBody> heredoc;
  core::ByteRange source;  // the operator and its target (not the heredoc body)
};

// Where a command runs, for rules that care whether it is conditional, nested or piped.
struct Placement {
  Connector joined_by = Connector::kNone;
  std::optional<uint32_t> pipeline;  // index in Script::pipelines (innermost pipeline of two or more stages)
  uint32_t pipeline_stage = 0;       // 0-based position in that pipeline
  uint32_t and_or_list = 0;          // id shared by the commands of one statement (a && b || c | d)
  bool negated = false;              // "! cmd"
  uint32_t subshell_depth = 0;       // ( … )
  uint32_t substitution_depth = 0;   // $( … ), ` … `, <( … ), >( … )
  bool in_backticks = false;
  bool in_process_substitution = false;
  bool in_function = false;
  std::string function_name;  // innermost enclosing function
  bool in_condition = false;  // the test of if/elif/while/until
  bool in_if_body = false;    // then/elif/else branches
  bool in_loop_body = false;  // for/while/until/select bodies
  bool in_case_body = false;
  bool in_brace_group = false;                // { …; }
  std::optional<uint32_t> enclosing_command;  // the command whose word holds this command's $(…)

  // Not in a pipeline, subshell, substitution, function, condition, branch, loop or case, and not negated.
  // (An && / || chain does not count: see joined_by.)
  bool is_top_level() const;
};

struct Command {
  Word name;               // the command word as written (may be a path: /usr/bin/apt-get)
  std::vector<Word> args;  // after the name
  std::vector<std::pair<std::string, Word>> assignments;  // FOO=bar prefixes (and env's NAME=value in views)
  std::vector<Redirect> redirects;                        // those written on this command
  core::ByteRange source;  // the whole command in the Dockerfile, prefixes and redirects included
  core::ByteRange script;
  Placement placement;
  std::vector<std::string> wrappers;  // set on views from effective(): {"sudo", "env"} for "sudo env x"

  // "apt-get" for /usr/bin/apt-get; empty when the name is not statically known ($CMD). A view into `name`:
  // valid while this command lives (copy it before the command goes out of scope).
  std::string_view basename() const;
  bool is(std::string_view command_basename) const { return basename() == command_basename; }

  // Option helpers. `table` says which options take a value; nullptr means the built-in table for this
  // command's basename (known_options.h), which is empty for unknown tools.
  ArgLayout layout(const OptionTable* table = nullptr) const;
  // "y" matches -y and -qy; "yes" matches --yes and --yes=…; after "--" nothing is a flag.
  bool has_flag(std::string_view name, const OptionTable* table = nullptr) const;
  bool has_any_flag(std::initializer_list<std::string_view> names, const OptionTable* table = nullptr) const;
  // The value of option `name` ("-o file", "-ofile", "--output=file", "--output file"); asking implies the
  // option takes a value. The last occurrence wins, as in most tools.
  std::optional<std::string> flag_value(std::string_view name, const OptionTable* table = nullptr) const;
  std::vector<std::string> flag_values(std::string_view name, const OptionTable* table = nullptr) const;
  // The operands: arguments that are neither options nor option values.
  std::vector<Word> args_without_flags(const OptionTable* table = nullptr) const;
  // The first operand ("install" in "apt-get -q install x"); empty when there is none.
  std::string subcommand(const OptionTable* table = nullptr) const;
  std::optional<size_t> subcommand_index(const OptionTable* table = nullptr) const;
  // Every argument after the subcommand, options included ("-y", "curl" for "apt-get install -y curl").
  std::vector<Word> args_after_subcommand(const OptionTable* table = nullptr) const;
  // An argument whose literal value is exactly `text` (for single-dash words like find's "-delete").
  bool has_arg(std::string_view text) const;

  // Seen through wrappers (sudo, env, nice, xargs, time, exec, …): the command that actually runs, with
  // `wrappers` listing what was stripped. The command itself when it wraps nothing.
  Command effective() const;
  // The same without copying a command that wraps nothing: *this, or the unwrapped view kept in `storage`.
  const Command& effective(std::optional<Command>& storage) const;
  // The command and every command it wraps, outermost first ("sudo", then "apt-get").
  std::vector<Command> unwrap_chain() const;
};

}  // namespace distill::syntax::shell
