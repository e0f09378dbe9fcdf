// DI0011: a FROM variable that no global ARG declares expands to an empty string, so the stage silently
// builds from a different image (or fails with a confusing reference error).
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/suggest.h"
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"
#include "syntax/variables/predefined_args.h"
#include "syntax/variables/references.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"UndefinedArgInFrom"};
constexpr RuleMeta kMeta{.code = "DI0011",
                         .slug = "undefined-arg-in-from",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// What a FROM line may use: ARGs declared before the first FROM and BuildKit's predefined ARGs.
std::vector<std::string> declared_in_from_scope(const syntax::Dockerfile& file) {
  std::vector<std::string> names;
  syntax::variables::Scope predefined = syntax::variables::predefined_args();  // outlives the loop
  for (const auto& entry : predefined.entries()) names.push_back(entry.name);
  for (const Instruction& in : file.preamble) {
    if (!in.is("ARG")) continue;
    for (const auto& pair : in.pairs) names.push_back(pair.key);
  }
  return names;
}

class UndefinedArgInFrom final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("FROM") || ctx.in_onbuild() || ctx.stage() == nullptr) return;
    if (!declared_) declared_ = declared_in_from_scope(ctx.file());
    std::set<std::string> reported;  // BuildKit reports each name once per FROM
    if (const auto* platform = in.flag("platform"); platform && platform->value) {
      check_text(platform->value_range, ctx, reported);
    }
    if (!in.args.empty()) check_text(in.args.front().range, ctx, reported);
  }

 private:
  // Every variable referenced in the source text of `range`; `${X:-default}` counts too, as in BuildKit.
  void check_text(core::ByteRange range, Context& ctx, std::set<std::string>& reported) const {
    std::string_view text = ctx.file().source().slice(range);
    for (const auto& ref : syntax::variables::find_references(text, ctx.file().escape)) {
      if (!util::is_variable_name(ref.name) || reported.count(ref.name) != 0) continue;
      if (std::find(declared_->begin(), declared_->end(), ref.name) != declared_->end()) continue;
      reported.insert(ref.name);
      ctx.report({range.begin + ref.begin, range.begin + ref.end},
                 "FROM argument '" + ref.name + "' is not declared: it expands to an empty string; declare " +
                     "it with `ARG " + ref.name + "=<default>` before the first FROM" +
                     config::did_you_mean(ref.name, *declared_));
    }
  }

  std::optional<std::vector<std::string>> declared_;
};

}  // namespace

std::unique_ptr<Rule> make_undefined_arg_in_from() {
  return std::make_unique<UndefinedArgInFrom>();
}

}  // namespace distill::rules
