// DI0004: a container whose process runs as root turns any code-execution bug into root inside the container
// (and a step from root on the host); the image that ships should name an unprivileged USER.
#include <algorithm>
#include <map>
#include <string>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0004",
                         .slug = "final-stage-runs-as-root",
                         .category = "security",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Images documented to default to an unprivileged user: distroless `:nonroot` tags (65532), Chainguard images
// other than their `-dev` builder variants (65532), Microsoft's `*-chiseled` and `*-distroless` .NET tags
// (`app`),
// `*-unprivileged` and `*rootless*` images.
bool is_nonroot_image(const syntax::ImageRef& image) {
  std::string name = image.name();
  std::string tag = image.tag.value_or("");
  if (contains(name, "nonroot") || contains(tag, "nonroot")) return true;
  if (contains(name, "unprivileged") || contains(name, "rootless") || contains(tag, "rootless")) return true;
  // Microsoft's chiseled and distroless .NET images run as `app`.
  if (contains(tag, "chiseled") || (image.registry == "mcr.microsoft.com" && contains(tag, "distroless"))) {
    return true;
  }
  return image.registry == "cgr.dev" && image.repository.rfind("chainguard/", 0) == 0 &&
         !contains(tag, "dev");
}

// "root", "0", "root:root", "0:0", "root:1000": the user part decides who the process runs as.
bool names_root(std::string_view user) {
  user = user.substr(0, user.find(':'));
  return user == "root" || user == "0";
}

class FinalStageRunsAsRoot final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("USER") || ctx.in_onbuild() || ctx.stage() == nullptr || in.args.empty()) return;
    // Expanded here, where the stage's ARG/ENV values are in scope.
    last_user_[ctx.stage()->index] = User{&in.args.front(), ctx.expand(in.args.front().text)};
  }

  void finish(Context& ctx) override {
    const Stage* stage = ctx.final_stage();
    if (stage == nullptr) return;
    // A stage built FROM another stage inherits that stage's USER and base image.
    while (last_user_.count(stage->index) == 0 && stage->parent) stage = &ctx.file().stages[*stage->parent];
    if (auto it = last_user_.find(stage->index); it != last_user_.end()) {
      report_user(it->second, ctx);
    } else {
      report_missing(*stage, ctx);
    }
  }

 private:
  struct User {
    const syntax::Argument* arg;
    std::string value;  // with variables expanded where their values are known
  };

  static void report_user(const User& user, Context& ctx) {
    if (user.value.find('$') != std::string::npos || !names_root(user.value)) return;  // unknown or not root
    ctx.report(user.arg->range,
               "the final stage runs as root (USER " + user.value +
                   "); switch to an unprivileged user such as `USER 65532:65532` (distroless "
                   "nonroot) before the image's CMD/ENTRYPOINT");
  }

  static void report_missing(const Stage& stage, Context& ctx) {
    const syntax::ImageRef& base = stage.resolved_base;
    // A base that is a variable without a known value could be any image.
    if (base.has_variables || base.text.empty() || is_nonroot_image(base) ||
        util::is_windows_stage(ctx.file(), stage))
      return;
    const Stage& final_stage = *ctx.final_stage();
    const Instruction& from = final_stage.from();
    core::ByteRange at = from.args.empty() ? ctx.first_line(from) : from.args.front().range;
    ctx.report(at, "the final stage sets no USER, so it runs as root (the default of " + base.text +
                       "); add `USER 65532:65532` or use a `:nonroot` distroless image");
  }

  std::map<uint32_t, User> last_user_;  // stage index -> its last USER
};

}  // namespace

std::unique_ptr<Rule> make_final_stage_runs_as_root() {
  return std::make_unique<FinalStageRunsAsRoot>();
}

}  // namespace distill::rules
