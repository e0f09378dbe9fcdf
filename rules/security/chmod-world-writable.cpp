// DI0009: a world-writable file or directory in an image lets any process in the container, whatever user it
// runs as, replace programs, configuration or data that others trust.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"chmod", "install", "mkdir"};
constexpr RuleMeta kMeta{.code = "DI0009",
                         .slug = "chmod-world-writable",
                         .category = "security",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// 777, 0666, 2777: the "others" digit has the write bit. A sticky bit (1777, the mode of /tmp) is the
// standard way to share a directory safely, so it is not flagged.
std::optional<bool> octal_world_writable(std::string_view mode) {
  if (mode.empty() || mode.size() > 4 || mode.find_first_not_of("01234567") != std::string_view::npos)
    return std::nullopt;
  unsigned value = 0;
  for (char digit : mode) value = value * 8 + static_cast<unsigned>(digit - '0');
  return (value & 02U) != 0 && (value & 01000U) == 0;
}

// a+w, o+rwx, ugo=rwx, u+x,o+w: a clause for "others" (o, a) that adds or sets w; nothing when a clause
// also sets the sticky bit (+t). Without a who ("+w") the umask keeps "others" out, so it is not flagged.
std::optional<bool> symbolic_world_writable(std::string_view mode) {
  if (mode.empty() || mode.find_first_not_of("ugoa+-=rwxXst,") != std::string_view::npos) return std::nullopt;
  bool writable = false, sticky = false;
  while (!mode.empty()) {
    std::string_view clause = mode.substr(0, mode.find(','));
    mode = clause.size() < mode.size() ? mode.substr(clause.size() + 1) : std::string_view{};
    size_t op = clause.find_first_of("+-=");
    if (op == std::string_view::npos) return std::nullopt;
    std::string_view who = clause.substr(0, op);
    bool others = who.find_first_of("oa") != std::string_view::npos;
    // The rest is one or more "<op><perms>" actions: "+rw-x".
    for (size_t i = op; i < clause.size();) {
      char action = clause[i];
      size_t end = clause.find_first_of("+-=", i + 1);
      std::string_view perms = clause.substr(i + 1, end == std::string_view::npos ? end : end - i - 1);
      if (action != '-') {
        if (others && perms.find('w') != std::string_view::npos) writable = true;
        if (perms.find('t') != std::string_view::npos) sticky = true;
      }
      i = end == std::string_view::npos ? clause.size() : end;
    }
  }
  return writable && !sticky;
}

bool world_writable(std::string_view mode) {
  if (auto octal = octal_world_writable(mode)) return *octal;
  return symbolic_world_writable(mode).value_or(false);
}

std::string message(std::string_view how, std::string_view mode) {
  return std::string(how) + " " + std::string(mode) +
         " makes files world-writable: any process in the container can change them; give write access to "
         "the owner (or group) only, e.g. 755/644 with --chown or chown";
}

class ChmodWorldWritable final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("COPY") && !in.is("ADD")) return;
    const auto* chmod = in.flag("chmod");
    if (chmod == nullptr || !chmod->value) return;
    std::string mode = ctx.expand(*chmod->value);
    if (world_writable(mode)) ctx.report(chmod->range, message(in.keyword + " --chmod=", mode));
  }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    if (command.is("chmod")) {
      if (command.has_flag("reference")) return;  // the mode is copied from a file
      auto operands = command.args_without_flags();
      if (operands.empty() || !operands.front().literal) return;  // $MODE: unknown
      if (world_writable(*operands.front().literal))
        ctx.report(operands.front().source, message("chmod", *operands.front().literal));
      return;
    }
    // mkdir -m MODE / install -m MODE (--mode=MODE)
    static const syntax::shell::OptionTable kModeOption{"m", {"mode"}, {}, false};
    for (const auto& option : command.layout(&kModeOption).options) {
      if ((option.name != "m" && option.name != "mode") || !option.value) continue;
      if (!world_writable(*option.value)) continue;
      core::ByteRange range = command.args[option.word].source;
      if (option.value_word) range.end = command.args[*option.value_word].source.end;
      ctx.report(range, message(std::string(command.basename()) + " -m", *option.value));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_chmod_world_writable() {
  return std::make_unique<ChmodWorldWritable>();
}

}  // namespace distill::rules
