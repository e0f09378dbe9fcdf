// CMD, ENTRYPOINT and HEALTHCHECK each configure one image setting, so a second one in a stage silently
// discards the first; DL3012, DL4003 and DL4004 share this check.
#pragma once

#include <string>
#include <string_view>

#include "lint/rule_api.h"

namespace distill::rules {

// Flags every `Keyword` after the first in a stage. ONBUILD triggers are skipped: they configure the images
// built FROM this one, not this stage.
template <const RuleMeta& Meta, const std::string_view& Keyword>
class OnePerStageRule final : public Rule {
 public:
  const RuleMeta& meta() const override { return Meta; }

  void begin_stage(const Stage&, Context&) override { first_ = nullptr; }

  void check(const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild() || !ctx.stage() || !in.is(Keyword)) return;
    if (first_ == nullptr) {
      first_ = &in;
      return;
    }
    uint32_t line = ctx.file().source().position(first_->range.begin).line;
    std::string keyword(Keyword);
    ctx.report(in, "more than one " + keyword + " in this stage: only the last " + keyword +
                       " takes effect, so the one on line " + std::to_string(line) +
                       " is ignored; keep a single " + keyword);
  }

 private:
  const Instruction* first_ = nullptr;
};

}  // namespace distill::rules
