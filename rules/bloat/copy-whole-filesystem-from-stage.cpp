// DL3067: `COPY --from=build / /` lays the other stage's entire filesystem (its package manager, shell,
// compilers and caches) over this one, which undoes the point of a multistage build.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3067",
                         .slug = "copy-whole-filesystem-from-stage",
                         .category = "bloat",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

class CopyWholeFilesystemFromStage final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("COPY") || !in.flag("from") || in.args.size() != 2) return;
    if (util::strip_quotes(in.args[0].text) != "/" || util::strip_quotes(in.args[1].text) != "/") return;
    // Only the shipped image carries the bloat; build stages copy tool images this way on purpose
    // (`COPY --from=tonistiigi/xx / /`).
    if (ctx.stage() && !ctx.is_final_stage()) return;
    // A stage of this file built FROM scratch holds only what it was given on purpose (`COPY --from=build
    // /out /`): copying its root is how such a stage is meant to be used.
    auto source = ctx.file().find_stage(util::strip_quotes(in.flag("from")->value.value_or("")),
                                        ctx.stage() ? ctx.stage()->index : 0, true);
    if (source && ctx.file().stages[*source].resolved_base.text == "scratch") return;
    ctx.report(in.range, "COPY --from=" + std::string(in.flag("from")->value.value_or("")) +
                             " / / copies that stage's whole filesystem; copy only the files the image "
                             "needs");
  }
};

}  // namespace

std::unique_ptr<Rule> make_copy_whole_filesystem_from_stage() {
  return std::make_unique<CopyWholeFilesystemFromStage>();
}

}  // namespace distill::rules
