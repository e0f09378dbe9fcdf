// DL3049: a stage without a label that the configured `label-schema` requires; images whose metadata is
// missing cannot be traced back to their source, version or owner.
#include <string>
#include <vector>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"
#include "rules/maintainability/label_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3049",
                         .slug = "label-missing",
                         .category = "maintainability",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// As hadolint tracks it, per schema label and stage: a stage sets the label (or is built FROM a stage that
// did), or it is only a source of files (`COPY --from`) or the base of a stage that sets the label, so its
// own image does not need it; otherwise the label is missing there.
enum class Status { kMissing, kSet, kExempt };

class LabelMissing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage& stage, Context& ctx) override {
    if (stage.index == 0) labels_ = labels::of_type(ctx);
    status_.resize(labels_.size());
    for (auto& stages : status_) {
      stages.resize(stage.index + 1, Status::kMissing);
      bool inherited = stage.parent && *stage.parent < stage.index && stages[*stage.parent] == Status::kSet;
      stages[stage.index] = inherited ? Status::kSet : Status::kMissing;
    }
  }

  void check(const Instruction& in, Context& ctx) override {
    const Stage* stage = ctx.stage();
    if (stage == nullptr || labels_.empty()) return;
    if (in.is("COPY")) {
      const syntax::Flag* from = in.flag("from");
      auto name = from ? util::copy_from_name(ctx, *from) : std::nullopt;
      if (!name) return;
      for (auto& stages : status_) exempt(stages, util::lower(*name), ctx);
      return;
    }
    if (!in.is("LABEL")) return;
    // The name a later stage would build FROM: the alias, else the image.
    std::string name = stage->alias ? *stage->alias : util::lower(stage->resolved_base.repository);
    for (size_t i = 0; i < labels_.size(); ++i) {
      bool sets = false;
      for (const auto& pair : in.pairs) sets |= labels::text(pair.key, ctx.file().escape) == labels_[i];
      if (!sets) continue;
      exempt(status_[i], name, ctx);
      status_[i][stage->index] = Status::kSet;
    }
  }

  void finish(Context& ctx) override {
    const auto& stages = ctx.file().stages;
    for (size_t i = 0; i < labels_.size(); ++i) {
      for (size_t s = 0; s < status_[i].size() && s < stages.size(); ++s) {
        if (status_[i][s] != Status::kMissing) continue;
        ctx.report(stages[s].from(), "label " + labels_[i] +
                                         " (required by label-schema) is missing in stage " +
                                         stages[s].display_name() + "; add LABEL " + labels_[i] + "=...");
      }
    }
  }

 private:
  // Stages named `name` need not carry the label themselves.
  static void exempt(std::vector<Status>& stages, const std::string& name, const Context& ctx) {
    for (size_t s = 0; s < stages.size(); ++s) {
      const auto& alias = ctx.file().stages[s].alias;
      if (stages[s] == Status::kMissing && alias && *alias == name) stages[s] = Status::kExempt;
    }
  }

  std::vector<std::string> labels_;
  std::vector<std::vector<Status>> status_;  // [label][stage index]
};

}  // namespace

std::unique_ptr<Rule> make_label_missing() {
  return std::make_unique<LabelMissing>();
}

}  // namespace distill::rules
