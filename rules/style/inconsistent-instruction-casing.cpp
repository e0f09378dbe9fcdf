// DI0015: instruction keywords written in different cases (`FROM` here, `run` there, `Copy` elsewhere) make a
// file harder to scan; BuildKit's ConsistentInstructionCasing check wants the case most keywords use.
#include <algorithm>
#include <vector>

#include "core/text.h"
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"ConsistentInstructionCasing"};
constexpr RuleMeta kMeta{.code = "DI0015",
                         .slug = "inconsistent-instruction-casing",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = kAliases,
                         .commands = {}};

enum class Casing { kLower, kUpper, kMixed };

// Counts per file, as BuildKit does: every instruction of every stage, FROM included. The instructions before
// the first FROM (global ARGs) and ONBUILD triggers are neither counted nor checked, and keywords in mixed
// case count for neither side. A tie goes to upper case.
class InconsistentInstructionCasing final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    // An unknown instruction stops BuildKit before it lints; unknown-instruction reports it.
    if (!ctx.stage() || ctx.in_onbuild() || !in.known) return;
    std::string_view written = ctx.file().source().slice(in.keyword_range);
    bool has_upper = std::any_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool has_lower = std::any_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    Casing casing = Casing::kMixed;
    if (!has_upper) {
      casing = Casing::kLower;
      ++lower_;
    } else if (!has_lower) {
      casing = Casing::kUpper;
      ++upper_;
    }
    keywords_.push_back({in.keyword_range, casing});
  }

  void finish(Context& ctx) override {
    Casing majority = lower_ > upper_ ? Casing::kLower : Casing::kUpper;
    std::string_view name = majority == Casing::kLower ? "lower" : "upper";
    for (const auto& [range, casing] : keywords_) {
      if (casing == majority) continue;
      std::string_view written = ctx.file().source().slice(range);
      std::string wanted = majority == Casing::kLower ? core::to_lower(written) : core::to_upper(written);
      auto fix = core::Fix::safe("Write '" + wanted + "'", {core::Edit{range, wanted}});
      ctx.report(range,
                 "'" + std::string(written) + "' should be " + std::string(name) +
                     " case like most instructions in this file: write '" + wanted + "'",
                 std::move(fix));
    }
  }

 private:
  struct Keyword {
    core::ByteRange range;
    Casing casing;
  };
  std::vector<Keyword> keywords_;
  size_t lower_ = 0;
  size_t upper_ = 0;
};

}  // namespace

std::unique_ptr<Rule> make_inconsistent_instruction_casing() {
  return std::make_unique<InconsistentInstructionCasing>();
}

}  // namespace distill::rules
