// DL3043: Docker refuses `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER`; the build fails the
// moment the image is built (or, for older builders, the trigger breaks every child image).
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3043",
                         .slug = "onbuild-forbidden-trigger",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

void check(const Instruction& in, Context& ctx) {
  // The outer ONBUILD is the mistake; its trigger is visited again with in_onbuild() set.
  if (!in.is("ONBUILD") || in.trigger.empty() || ctx.in_onbuild()) return;
  const Instruction& trigger = in.trigger.front();
  if (!trigger.is("ONBUILD") && !trigger.is("FROM") && !trigger.is("MAINTAINER")) return;
  ctx.report(core::ByteRange{in.keyword_range.begin, trigger.keyword_range.end},
             trigger.keyword +
                 " cannot be an ONBUILD trigger; Docker rejects ONBUILD ONBUILD, ONBUILD FROM and "
                 "ONBUILD MAINTAINER");
}

}  // namespace

std::unique_ptr<Rule> make_onbuild_forbidden_trigger() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
