// DL3002: a stage whose last USER is root runs its container (or its later builds) with full privileges,
// which turns any exploit of the process into root inside the container.
#include <optional>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3002",
                         .slug = "last-user-root",
                         .category = "security",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// `root`, `0`, `root:group`, `0:0`: the user part names uid 0.
bool is_root(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

// Step shape: remember the stage's last USER, decide when the stage ends (a stage without USER is not
// flagged, as in hadolint: the base image's user is unknown).
class LastUserRoot final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage&, Context&) override { last_root_user_.reset(); }

  void check(const Instruction& in, Context& ctx) override {
    // ONBUILD USER applies to images built from this one, not to this stage.
    if (!in.is("USER") || in.args.empty() || ctx.stage() == nullptr || ctx.in_onbuild()) return;
    auto user = util::expand_known(ctx, util::strip_quotes(in.args.front().text));
    if (user && is_root(*user)) {
      last_root_user_ = in.args.front().range;
    } else {
      last_root_user_.reset();
    }
  }

  void end_stage(const Stage& stage, Context& ctx) override {
    if (!last_root_user_) return;
    ctx.report(*last_root_user_, "the last USER of stage '" + stage.display_name() +
                                     "' is root; switch to an unprivileged user (e.g. USER 65532) before the "
                                     "stage ends");
    last_root_user_.reset();
  }

 private:
  std::optional<core::ByteRange> last_root_user_;
};

}  // namespace

std::unique_ptr<Rule> make_last_user_root() {
  return std::make_unique<LastUserRoot>();
}

}  // namespace distill::rules
