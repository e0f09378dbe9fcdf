// DL3066: a USER given by name only resolves through the image's /etc/passwd; the host, Kubernetes'
// runAsNonRoot check and volume ownership see numbers, so the final user should be a numeric uid[:gid].
#include <algorithm>
#include <cctype>
#include <optional>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3066",
                         .slug = "user-not-numeric",
                         .category = "security",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_number(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(c); });
}

// Only the last USER of the last stage is what the image runs as; a later numeric USER makes an earlier name
// harmless, and a value from a build argument is the builder's to choose.
class UserNotNumeric final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage&, Context&) override { named_user_.reset(); }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("USER") || in.args.empty() || ctx.in_onbuild()) return;
    // Before the first FROM only a file without any FROM counts: its instructions are all the image there is.
    if (ctx.stage() == nullptr && !ctx.file().stages.empty()) return;
    std::string user(util::strip_quotes(in.args.front().text));
    if (user.find('$') != std::string::npos) {
      named_user_.reset();
      return;
    }
    size_t colon = user.find(':');
    std::string_view uid = std::string_view(user).substr(0, colon);
    bool numeric =
        is_number(uid) && (colon == std::string::npos || is_number(std::string_view(user).substr(colon + 1)));
    if (numeric) {
      named_user_.reset();
    } else {
      named_user_ = std::make_pair(in.args.front().range, user);
    }
  }

  void end_stage(const Stage& stage, Context& ctx) override {
    if (stage.index + 1 != ctx.file().stages.size()) return;
    if (util::is_windows_stage(ctx.file(), stage)) return;  // Windows users are names (ContainerUser)
    report(ctx);
  }

  void finish(Context& ctx) override {
    if (ctx.file().stages.empty()) report(ctx);
  }

 private:
  void report(Context& ctx) {
    if (!named_user_) return;
    ctx.report(named_user_->first, "USER " + named_user_->second +
                                       " is a name; the final image should run as a numeric uid[:gid] (e.g. "
                                       "USER 10001:10001) so the host and runAsNonRoot can check it");
  }

  std::optional<std::pair<core::ByteRange, std::string>> named_user_;
};

}  // namespace

std::unique_ptr<Rule> make_user_not_numeric() {
  return std::make_unique<UserNotNumeric>();
}

}  // namespace distill::rules
