// Helpers shared by the package-manager and layer-cache rules: the mounts of a RUN, whether a stage's layers
// end up in an image, every command a RUN runs (sh -c scripts included), the pip command behind
// `python -m pip`, and the "insert an option after the subcommand" fix.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "syntax/shell/inline_script.h"
#include "syntax/variable_scope.h"

namespace distill::rules::package_util {

// One `--mount=` of a RUN, with the fields the cache rules read.
struct Mount {
  std::string type = "bind";  // BuildKit's default
  std::string target;         // expanded with the ARG/ENV values in scope, trailing '/' removed
};

inline std::string_view trim_quotes(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    return text.substr(1, text.size() - 2);
  return text;
}

inline std::string without_trailing_slash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

// The mounts of a RUN: `--mount=type=cache,target=/root/.cache,sharing=locked` is a comma-separated list of
// key=value fields; `dst` and `destination` are BuildKit's other names for `target`.
inline std::vector<Mount> run_mounts(const Instruction& run, const Context& ctx) {
  std::vector<Mount> mounts;
  for (const auto& flag : run.flags) {
    if (flag.name != "mount" || !flag.value) continue;
    Mount mount;
    std::string_view rest = trim_quotes(*flag.value);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view field = trim_quotes(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      size_t equals = field.find('=');
      if (equals == std::string_view::npos) continue;
      std::string_view key = field.substr(0, equals), value = field.substr(equals + 1);
      if (key == "type") mount.type = std::string(value);
      if (key == "target" || key == "dst" || key == "destination")
        mount.target = without_trailing_slash(ctx.expand(value));
    }
    mounts.push_back(std::move(mount));
  }
  return mounts;
}

// `dir` is `ancestor` or lies below it.
inline bool path_within(std::string_view dir, std::string_view ancestor) {
  if (ancestor.empty()) return false;
  if (ancestor == "/") return true;
  return dir == ancestor || (dir.size() > ancestor.size() && dir.substr(0, ancestor.size()) == ancestor &&
                             dir[ancestor.size()] == '/');
}

// A cache (or, when allowed, tmpfs) mount holds `dir`: whatever the RUN writes there stays out of the layer.
inline bool mount_holds(const Instruction& run, const Context& ctx, std::string_view dir,
                        bool tmpfs_too = true) {
  for (const Mount& mount : run_mounts(run, ctx)) {
    bool keeps_out = mount.type == "cache" || (tmpfs_too && mount.type == "tmpfs");
    if (keeps_out && path_within(dir, mount.target)) return true;
  }
  return false;
}

// A cache or tmpfs mount whose target satisfies `wanted` (for caches that live under a user's home, which a
// rule cannot resolve: "/home/node/.npm" as well as "/root/.npm").
template <typename Predicate>
bool mount_where(const Instruction& run, const Context& ctx, Predicate wanted) {
  for (const Mount& mount : run_mounts(run, ctx)) {
    if ((mount.type == "cache" || mount.type == "tmpfs") && wanted(std::string_view(mount.target)))
      return true;
  }
  return false;
}

inline bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The value of an ARG/ENV visible at the current instruction (quotes removed); nullopt when unset.
inline std::optional<std::string> variable(const Context& ctx, std::string_view name) {
  auto value = ctx.scope().get(name);
  if (!value) return std::nullopt;
  return std::string(trim_quotes(*value));
}

// Whether a layer written here reaches an image, as hadolint decides for its cleanup rules (DL3009, DL3060):
// the final stage, a stage another stage is built FROM, an ONBUILD trigger (it runs in child images), and
// instructions before any FROM.
inline bool stage_is_final_or_base(const Context& ctx) {
  if (ctx.in_onbuild() || ctx.stage() == nullptr || ctx.is_final_stage()) return true;
  for (const Stage& other : ctx.file().stages) {
    if (other.parent && *other.parent == ctx.stage()->index) return true;
  }
  return false;
}

// Whether a layer written here ships in the final image: the final stage and the stages it is built FROM,
// transitively (a builder stage whose files are only copied from does not ship its caches).
inline bool stage_ships_in_final_image(const Context& ctx) {
  if (ctx.in_onbuild() || ctx.stage() == nullptr) return true;
  const Stage* stage = ctx.final_stage();
  while (stage != nullptr) {
    if (stage->index == ctx.stage()->index) return true;
    stage = stage->parent ? &ctx.file().stages[*stage->parent] : nullptr;
  }
  return false;
}

// Every command a RUN runs, seen through wrappers (sudo, env, …), including those of `sh -c '…'` scripts, as
// the engine dispatches them to check_command. Built once per RUN and shared by the rules.
inline const std::vector<Command>& run_commands(const Instruction& run, Context& ctx) {
  return ctx.commands(run);
}

// True for words that are a single subcommand chain: `yarn cache clean` has args {"cache", "clean", ...}.
inline bool has_operands(const Command& command, std::initializer_list<std::string_view> words) {
  auto operands = command.args_without_flags();
  if (operands.size() < words.size()) return false;
  size_t i = 0;
  for (std::string_view word : words) {
    if (!operands[i++].is(word)) return false;
  }
  return true;
}

// `rm` with a recursive option removing `dir` (or a parent of it, or `dir/*`).
inline bool removes_dir(const Command& command, std::string_view dir) {
  if (!command.is("rm") || !command.has_any_flag({"r", "R", "recursive"})) return false;
  for (const Word& operand : command.args_without_flags()) {
    std::string path = operand.value();
    if (path.size() >= 2 && path.substr(path.size() - 2) == "/*") path.resize(path.size() - 2);
    if (path_within(dir, without_trailing_slash(path))) return true;
  }
  return false;
}

// pip, pip2, pip3, pip3.12 (not pipx or pipenv, which wrap pip with their own caches and pins).
inline bool is_pip_name(std::string_view name) {
  if (name.substr(0, 3) != "pip") return false;
  name.remove_prefix(3);
  return name.find_first_not_of("0123456789.") == std::string_view::npos;
}

inline bool is_python_name(std::string_view name) {
  if (name.substr(0, 6) != "python") return false;
  name.remove_prefix(6);
  return name.find_first_not_of("0123456789.") == std::string_view::npos;
}

// The command names the pip rules subscribe to: pip itself and the interpreters that run `-m pip`.
inline constexpr std::string_view kPipCommands[] = {
    "pip",        "pip2",       "pip3",       "pip3.6",    "pip3.7",    "pip3.8",    "pip3.9",
    "pip3.10",    "pip3.11",    "pip3.12",    "pip3.13",   "pip3.14",   "python",    "python2",
    "python2.7",  "python3",    "python3.6",  "python3.7", "python3.8", "python3.9", "python3.10",
    "python3.11", "python3.12", "python3.13", "python3.14"};

// The pip command `command` runs: itself for pip*, or for `python -m pip …` a view named by the "pip" word
// whose arguments are those after it (interpreter options before -m are skipped). nullopt otherwise.
inline std::optional<Command> pip_view(const Command& command) {
  std::string name(command.basename());
  if (is_pip_name(name)) return command;
  if (!is_python_name(name)) return std::nullopt;
  for (size_t i = 0; i + 1 < command.args.size(); ++i) {
    const Word& arg = command.args[i];
    if (!arg.literal || arg.literal->empty() || arg.literal->front() != '-') return std::nullopt;
    if (*arg.literal != "-m") continue;
    if (!command.args[i + 1].literal || !is_pip_name(*command.args[i + 1].literal)) return std::nullopt;
    Command view = command;
    view.name = command.args[i + 1];
    view.args.assign(command.args.begin() + static_cast<std::ptrdiff_t>(i + 2), command.args.end());
    return view;
  }
  return std::nullopt;
}

// From the command name to the end of its subcommand word: where "this invocation" findings point.
inline core::ByteRange command_through_subcommand(const Command& command) {
  core::ByteRange range = command.name.source;
  if (auto index = command.subcommand_index()) range.end = command.args[*index].source.end;
  return range;
}

// The edit that inserts " <option>" right after the subcommand word ("install" → "install -y").
inline std::optional<core::Edit> insert_after_subcommand(const Command& command, std::string_view option) {
  auto index = command.subcommand_index();
  if (!index) return std::nullopt;
  uint32_t at = command.args[*index].source.end;
  return core::Edit{{at, at}, " " + std::string(option)};
}

}  // namespace distill::rules::package_util
