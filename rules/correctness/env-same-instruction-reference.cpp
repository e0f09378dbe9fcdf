// DL3044: in `ENV A=1 B=$A`, `$A` is expanded with A's value from before the instruction (usually unset),
// not with the 1 written next to it, so B silently ends up empty.
#include "lint/rule_api.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/references.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3044",
                         .slug = "env-same-instruction-reference",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// Whether `$name` in pair `self` suggests a value that another pair of the same ENV sets. A pair that refers
// to its own variable (`PATH=/x:$PATH`) means the old value, unless an earlier pair already set it.
bool set_by_other_pair(const Instruction& env, size_t self, std::string_view name) {
  for (size_t i = 0; i < env.pairs.size(); ++i) {
    if (i == self || env.pairs[i].key != name) continue;
    if (i < self || env.pairs[self].key != name) return true;
  }
  return false;
}

class EnvSameInstructionReference final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    // Also before the first FROM (BuildKit rejects such a file, but the mistake is the same one).
    if (!in.is("ENV") || in.pairs.size() < 2) return;
    // A name an earlier ARG or ENV of this stage (or its parent stages) defines has a value to expand to,
    // which is what the author expects; hadolint exempts it too.
    const auto& before = ctx.scope();
    const core::SourceText& source = ctx.file().source();
    for (size_t j = 0; j < in.pairs.size(); ++j) {
      const syntax::KeyValue& pair = in.pairs[j];
      if (!pair.value) continue;
      // Offsets inside the value are exact only when it is spelled verbatim in the source; otherwise the
      // finding goes on the instruction.
      bool verbatim = source.slice(pair.value_range) == *pair.value;
      for (const auto& ref : syntax::variables::find_references(*pair.value, ctx.file().escape)) {
        if (!set_by_other_pair(in, j, ref.name) || before.contains(ref.name)) continue;
        std::string message = "$" + ref.name + " refers to " + ref.name +
                              ", which this same ENV sets; it expands to the value from before this "
                              "instruction, not to the one set here. Set " +
                              ref.name + " in an earlier ENV";
        if (verbatim) {
          ctx.report({pair.value_range.begin + ref.begin, pair.value_range.begin + ref.end},
                     std::move(message));
        } else {
          ctx.report(in, std::move(message));
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_env_same_instruction_reference() {
  return std::make_unique<EnvSameInstructionReference>();
}

}  // namespace distill::rules
