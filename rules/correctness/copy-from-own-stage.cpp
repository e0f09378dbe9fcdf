// DL3023: a stage cannot copy from itself; `COPY --from=<own name>` fails the build with a circular
// dependency between stages.
#include <charconv>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3023",
                         .slug = "copy-from-own-stage",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// `name` is the stage's alias (case-insensitive, as BuildKit) or its index.
bool names_stage(std::string_view name, const Stage& stage) {
  if (stage.alias && util::lower(name) == *stage.alias) return true;
  uint32_t index = 0;
  auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), index);
  return ec == std::errc() && end == name.data() + name.size() && index == stage.index;
}

class CopyFromOwnStage final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    // ONBUILD COPY runs in a later build, where the stage names are that Dockerfile's.
    if (!in.is("COPY") || ctx.in_onbuild() || ctx.stage() == nullptr) return;
    const syntax::Flag* from = in.flag("from");
    if (from == nullptr) return;
    auto name = util::copy_from_name(ctx, *from);
    if (!name || !names_stage(*name, *ctx.stage())) return;
    ctx.report(from->value_range, "COPY --from=" + *name + " refers to the stage it is in ('" +
                                      ctx.stage()->display_name() +
                                      "'); a stage cannot copy from itself — name an earlier stage");
  }
};

}  // namespace

std::unique_ptr<Rule> make_copy_from_own_stage() {
  return std::make_unique<CopyFromOwnStage>();
}

}  // namespace distill::rules
