// DL3007: the `latest` tag moves with every release, so the base of the build changes under an unchanged
// Dockerfile and a rebuild can silently pick up a breaking major version.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3007",
                         .slug = "from-image-latest-tag",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

class FromImageLatestTag final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    const Stage* stage = ctx.stage();
    if (!in.is("FROM") || stage == nullptr || &stage->from() != &in || in.args.empty()) return;
    // `FROM python:$TAG` with `ARG TAG=latest` is the same image as `python:latest`.
    auto image = util::known_base(ctx, *stage);
    // A digest pins the image whatever the tag says.
    if (!image || image->tag != "latest" || image->digest) return;
    std::string shown =
        image->text == stage->base.text ? image->text : stage->base.text + " (" + image->text + ")";
    ctx.report(in.args.front().range, "FROM " + shown + " uses the moving 'latest' tag; pin a release tag (" +
                                          image->name() + ":<version>) or a digest");
  }
};

}  // namespace

std::unique_ptr<Rule> make_from_image_latest_tag() {
  return std::make_unique<FromImageLatestTag>();
}

}  // namespace distill::rules
