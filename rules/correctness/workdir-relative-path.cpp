// DL3000: a relative WORKDIR resolves against whatever working directory the base image (or an earlier
// WORKDIR) left behind, so the same line means different paths as images change.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"WorkdirRelativePath"};
constexpr RuleMeta kMeta{.code = "DL3000",
                         .slug = "workdir-relative-path",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// "app" -> "/app", "./app" -> "/app": what the user most likely meant, for the message only.
std::string suggestion(std::string_view path) {
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  if (path == ".") path = "";
  return "/" + std::string(path);
}

class WorkdirRelativePath final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("WORKDIR") || in.args.empty()) return;
    std::string_view path = util::strip_quotes(in.args.front().text);
    // As hadolint: a path that starts with a variable is trusted (its value usually is absolute, e.g. $HOME).
    if (path.empty() || path.front() == '$' || util::is_absolute_path(path, ctx.file().escape)) return;
    std::string message = "WORKDIR '" + std::string(path) +
                          "' is relative to the previous working directory; use an absolute path";
    if (path.substr(0, 2) != "..") message += " such as '" + suggestion(path) + "'";
    ctx.report(in.args.front().range, std::move(message));
  }
};

}  // namespace

std::unique_ptr<Rule> make_workdir_relative_path() {
  return std::make_unique<WorkdirRelativePath>();
}

}  // namespace distill::rules
