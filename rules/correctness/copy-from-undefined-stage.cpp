// DL3022: `COPY --from=name` where no stage is called `name` is read as an image on a registry, so a typo
// silently pulls (or fails to pull) `name:latest`; a stage defined further down only works with BuildKit.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3022",
                         .slug = "copy-from-undefined-stage",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

class CopyFromUndefinedStage final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    // ONBUILD COPY --from names a stage of the Dockerfile that builds FROM this image: unknown here.
    if (!in.is("COPY") || ctx.in_onbuild()) return;
    const syntax::Flag* from = in.flag("from");
    if (from == nullptr) return;
    auto name = util::copy_from_name(ctx, *from);
    if (!name || util::looks_like_image(*name)) return;
    // The current stage counts as defined: copying from it is DL3023's finding, not this one.
    uint32_t visible = ctx.stage() ? ctx.stage()->index + 1 : 0;
    if (ctx.file().find_stage(*name, visible, /*allow_index=*/true)) return;
    std::string message = "COPY --from=" + *name + " names no stage defined before this one";
    if (name->find_first_not_of("0123456789") == std::string::npos) {
      message += " (stages are numbered from 0 in order of their FROM)";
    } else if (ctx.file().find_stage(*name, static_cast<uint32_t>(ctx.file().stages.size()))) {
      message += " (stage '" + util::lower(*name) +
                 "' is defined later, which only BuildKit accepts; move it above)";
    } else {
      message +=
          "; name a stage with FROM … AS " + *name + " or give an image reference (" + *name + ":<tag>)";
    }
    ctx.report(from->value_range, std::move(message));
  }
};

}  // namespace

std::unique_ptr<Rule> make_copy_from_undefined_stage() {
  return std::make_unique<CopyFromUndefinedStage>();
}

}  // namespace distill::rules
