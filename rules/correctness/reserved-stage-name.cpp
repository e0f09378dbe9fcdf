// DL3063: a stage named `scratch` or `context` takes a name BuildKit gives a meaning of its own (the empty
// image, the build context), so later references no longer mean what they say.
#include <array>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"ReservedStageName"};
constexpr RuleMeta kMeta{.code = "DL3063",
                         .slug = "reserved-stage-name",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// BuildKit's list (dockerfile2llb/validations.go) and what each name already means; Stage::alias is already
// lower-cased, as BuildKit compares names.
struct Reserved {
  std::string_view name, meaning;
};
constexpr std::array<Reserved, 2> kReserved = {
    Reserved{"context", "the main build context (`--build-context context=…` refers to it)"},
    Reserved{"scratch",
             "the empty base image, and a later `FROM scratch` would build on this stage instead"}};

class ReservedStageName final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage& stage, Context& ctx) override {
    if (!stage.alias) return;
    for (const Reserved& reserved : kReserved) {
      if (*stage.alias != reserved.name) continue;
      ctx.report(stage.alias_range, "'" + std::string(reserved.name) + "' is reserved for " +
                                        std::string(reserved.meaning) + "; give the stage another name");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_reserved_stage_name() {
  return std::make_unique<ReservedStageName>();
}

}  // namespace distill::rules
