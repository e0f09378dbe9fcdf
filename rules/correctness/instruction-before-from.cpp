// DL3061: only ARG (plus comments and parser directives) may precede the first FROM; BuildKit rejects
// anything else, so such a file does not build.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3061",
                         .slug = "instruction-before-from",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

void check(const Instruction& in, Context& ctx) {
  // Inside a stage everything is allowed; an ONBUILD's trigger is reported through its ONBUILD; unknown
  // words are unknown-instruction's business (DI0012).
  if (ctx.stage() != nullptr || ctx.in_onbuild() || !in.known || in.is("ARG")) return;
  ctx.report(in.keyword_range, in.keyword +
                                   " before the first FROM: only ARG, comments and parser directives may "
                                   "come before FROM; move it into a stage after FROM");
}

}  // namespace

std::unique_ptr<Rule> make_instruction_before_from() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
