// The wrapper table (as data, from each tool's manual page) and the unwrapping step.
#include "syntax/shell/wrappers.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

namespace distill::syntax::shell {

namespace {

struct WrapperSpec {
  std::vector<std::string_view> names;
  OptionTable options;                 // options end at the first operand: the wrapped command's name
  size_t operands_before_command = 0;  // timeout DURATION, chroot NEWROOT, gosu USER
  bool takes_assignments = false;      // env and sudo accept NAME=value before the command
  std::vector<std::string_view> no_command_options;  // options that mean "run nothing" (command -v)
};

OptionTable opts(std::string short_with_value, std::vector<std::string> long_with_value = {}) {
  return OptionTable{std::move(short_with_value), std::move(long_with_value), {}, true};
}

// Built once, never changed: immutable shared data, safe to read from any thread.
const std::vector<WrapperSpec>& wrapper_specs() {
  static const std::vector<WrapperSpec> specs = {
      {{"sudo"},
       opts("CDgpRrtTUu", {"chdir", "chroot", "close-from", "group", "host", "prompt", "role", "type",
                           "command-timeout", "other-user", "user"}),
       0,
       true,
       {"l", "list", "v", "validate", "e", "edit", "V", "version", "K", "remove-timestamp"}},
      {{"doas"}, opts("uC"), 0, false, {"C"}},
      {{"env"}, opts("uC", {"unset", "chdir"}), 0, true, {"S", "split-string"}},
      {{"nice"}, opts("n", {"adjustment"}), 0, false, {}},
      {{"nohup", "setsid", "fakeroot", "unbuffer", "eatmydata", "catchsegv", "builtin", "busybox"},
       opts(""),
       0,
       false,
       {}},
      {{"time"}, opts("fo", {"format", "output"}), 0, false, {}},
      {{"exec"}, opts("a"), 0, false, {}},
      {{"command"}, opts(""), 0, false, {"v", "V"}},
      {{"xargs"},
       opts("aEdILnPs", {"arg-file", "delimiter", "max-args", "max-procs", "max-chars", "process-slot-var"}),
       0,
       false,
       {}},
      {{"timeout"}, opts("sk", {"signal", "kill-after"}), 1, false, {}},
      {{"stdbuf"}, opts("ioe", {"input", "output", "error"}), 0, false, {}},
      {{"chroot"}, opts("", {"userspec", "groups"}), 1, false, {}},
      {{"gosu", "su-exec"}, opts(""), 1, false, {}},
      {{"tini", "tini-static"}, opts("pe"), 0, false, {}},
      {{"dumb-init"}, opts("r", {"rewrite"}), 0, false, {}},
      {{"ionice"}, opts("cn", {"class", "classdata"}), 0, false, {"p", "pid", "P", "pgid", "u", "uid"}},
      {{"taskset"}, opts(""), 1, false, {"p", "pid"}},
      {{"flock"}, opts("wE", {"timeout", "conflict-exit-code"}), 1, false, {"c", "command"}},
      {{"runuser"}, opts("ugG", {"user", "group", "supp-group"}), 0, false, {"c", "command", "l", "login"}},
  };
  return specs;
}

// Asked for every command (through Command::effective) by the engine and by rules: an index by name, built
// once and read-only afterwards.
const WrapperSpec* find_spec(std::string_view basename) {
  static const std::unordered_map<std::string_view, const WrapperSpec*> by_name = [] {
    std::unordered_map<std::string_view, const WrapperSpec*> index;
    for (const WrapperSpec& spec : wrapper_specs()) {
      for (std::string_view name : spec.names) index.emplace(name, &spec);
    }
    return index;
  }();
  auto it = by_name.find(basename);
  return it == by_name.end() ? nullptr : it->second;
}

// NAME=value, with a shell variable name.
bool looks_like_assignment(std::string_view text) {
  size_t eq = text.find('=');
  if (eq == 0 || eq == std::string_view::npos) return false;
  if (std::isdigit(static_cast<unsigned char>(text[0]))) return false;
  return std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(eq),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// The value part of a NAME=value word, keeping its mapping where the literal is known.
Word assignment_value(const Word& word, size_t eq) {
  Word value = word;
  value.raw = word.raw.substr(std::min(word.raw.size(), eq + 1));
  if (word.literal && word.literal_offsets.size() == word.literal->size() + 1 && eq < word.literal->size()) {
    value.literal = word.literal->substr(eq + 1);
    value.literal_offsets.assign(word.literal_offsets.begin() + static_cast<std::ptrdiff_t>(eq) + 1,
                                 word.literal_offsets.end());
    value.source.begin = value.literal_offsets.front();
  }
  return value;
}

}  // namespace

bool is_wrapper(std::string_view basename) {
  return find_spec(basename) != nullptr;
}

std::optional<Command> unwrap_once(const Command& wrapper) {
  const std::string_view base = wrapper.basename();
  const WrapperSpec* spec = find_spec(base);
  if (!spec) return std::nullopt;
  ArgLayout layout = layout_args(wrapper.args, spec->options);
  for (const Option& o : layout.options) {
    if (std::find(spec->no_command_options.begin(), spec->no_command_options.end(), o.name) !=
        spec->no_command_options.end()) {
      return std::nullopt;
    }
  }
  if (layout.operands.empty()) return std::nullopt;

  Command inner;
  inner.assignments = wrapper.assignments;
  size_t i = layout.operands.front();
  while (spec->takes_assignments && i < wrapper.args.size() &&
         looks_like_assignment(wrapper.args[i].value())) {
    const Word& word = wrapper.args[i];
    size_t eq = word.value().find('=');
    inner.assignments.emplace_back(word.value().substr(0, eq), assignment_value(word, eq));
    ++i;
  }
  i += spec->operands_before_command;
  if (i >= wrapper.args.size()) return std::nullopt;

  inner.name = wrapper.args[i];
  inner.args.assign(wrapper.args.begin() + static_cast<std::ptrdiff_t>(i) + 1, wrapper.args.end());
  inner.redirects = wrapper.redirects;
  inner.source = wrapper.source;
  inner.script = wrapper.script;
  inner.placement = wrapper.placement;
  inner.wrappers = wrapper.wrappers;
  inner.wrappers.emplace_back(base);
  return inner;
}

}  // namespace distill::syntax::shell
