// DI0021: a FROM image that is only valid when a --build-arg is passed; with the ARG defaults the reference
// is empty or malformed, so a plain `docker build` fails.
#include <optional>
#include <string>

#include "lint/rule_api.h"
#include "syntax/image_ref.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/expansion.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"InvalidDefaultArgInFrom"};
constexpr RuleMeta kMeta{.code = "DI0021",
                         .slug = "invalid-default-arg-in-from",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// What to tell the author to change: the first referenced ARG that is unset or empty by default.
std::string advice(const syntax::variables::Expansion& expansion, const syntax::variables::Scope& globals) {
  for (const std::string& name : expansion.referenced) {
    auto value = globals.get(name);
    if (value && !value->empty()) continue;
    return "; give " + name + " a default (`ARG " + name + "=<value>`) or write `${" + name +
           ":-<value>}`, so that the build works without --build-arg";
  }
  return "; correct the default of ARG " + expansion.referenced.front();
}

class InvalidDefaultArgInFrom final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("FROM") || ctx.in_onbuild() || ctx.stage() == nullptr || in.args.empty()) return;
    if (!globals_) globals_ = syntax::from_scope(ctx.file());
    const syntax::Argument& image = in.args.front();
    // As BuildKit: the defaults alone, no --build-arg; an expansion error is reported elsewhere.
    auto expanded = syntax::variables::expand_word(image.text, globals_->lookup(), ctx.file().escape);
    // A '$' left over comes from a global ARG whose own default does not expand: BuildKit fails on that
    // ARG before this check runs.
    if (!expanded || expanded->value.find('$') != std::string::npos) return;
    auto problem = syntax::image_reference_problem(expanded->value);
    if (!problem) return;
    if (expanded->referenced.empty()) {
      ctx.report(image.range, "'" + image.text + "' is not a valid image reference: " + *problem);
      return;
    }
    ctx.report(image.range, "with the default values of the global ARGs this FROM expands to '" +
                                expanded->value + "', which is not a valid image reference (" + *problem +
                                ")" + advice(*expanded, *globals_));
  }

 private:
  std::optional<syntax::variables::Scope> globals_;
};

}  // namespace

std::unique_ptr<Rule> make_invalid_default_arg_in_from() {
  return std::make_unique<InvalidDefaultArgInFrom>();
}

}  // namespace distill::rules
