// DI0014: `FROM image as name` (or `from image AS name`) mixes keyword cases within one line; BuildKit's
// FromAsCasing check wants `AS` written in the case of its `FROM`.
#include "core/text.h"
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"FromAsCasing"};
constexpr RuleMeta kMeta{.code = "DI0014",
                         .slug = "from-as-casing",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = kAliases,
                         .commands = {}};

void check(const Instruction& in, Context& ctx) {
  // ONBUILD FROM is an error of its own; BuildKit lints only a stage's FROM.
  if (!in.is("FROM") || ctx.in_onbuild() || in.args.size() < 3 || !core::iequals(in.args[1].text, "as"))
    return;
  const core::SourceText& source = ctx.file().source();
  std::string_view from = source.slice(in.keyword_range);
  std::string lower = core::to_lower(from);
  std::string upper = core::to_upper(from);
  // A mixed-case `From` is inconsistent-instruction-casing's to report; there is no case for `AS` to match.
  if (from != lower && from != upper) return;
  const std::string& as = in.args[1].text;
  std::string wanted = from == lower ? "as" : "AS";
  if (as == wanted) return;
  std::optional<core::Fix> fix;
  if (source.slice(in.args[1].range) == as) {
    fix = core::Fix::safe("Write '" + wanted + "'", {core::Edit{in.args[1].range, wanted}});
  }
  ctx.report(in.args[1].range,
             "'" + as + "' does not match the case of '" + std::string(from) + "': write '" + wanted + "'",
             std::move(fix));
}

}  // namespace

std::unique_ptr<Rule> make_from_as_casing() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
