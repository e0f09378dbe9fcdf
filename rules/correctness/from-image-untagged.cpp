// DL3006: `FROM image` without a tag or digest means `:latest`, so the base of the build changes whenever
// the image is republished and two builds of one commit can differ.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3006",
                         .slug = "from-image-untagged",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

class FromImageUntagged final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    const Stage* stage = ctx.stage();
    if (!in.is("FROM") || stage == nullptr || &stage->from() != &in || in.args.empty()) return;
    // A stage reference (`FROM build`) takes what that stage built; it has no tag to pin.
    if (stage->parent) return;
    // Global ARG defaults resolve `FROM $BASE`; a variable without a default is unknown and not checked.
    auto image = util::known_base(ctx, *stage);
    if (!image || image->is_scratch() || image->tag || image->digest || image->repository.empty()) return;
    std::string shown =
        image->text == stage->base.text ? image->text : stage->base.text + " (" + image->text + ")";
    std::string name = image->name();
    ctx.report(in.args.front().range, "FROM " + shown + " has no tag or digest, so it means ':latest'; pin " +
                                          name + ":<version> or " + name + "@sha256:…");
  }
};

}  // namespace

std::unique_ptr<Rule> make_from_image_untagged() {
  return std::make_unique<FromImageUntagged>();
}

}  // namespace distill::rules
