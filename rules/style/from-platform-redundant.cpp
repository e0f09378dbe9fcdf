// DL3065: `FROM --platform=$TARGETPLATFORM` asks for what every FROM gets anyway, so the flag is noise that
// suggests a choice was made.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"RedundantTargetPlatform"};
constexpr RuleMeta kMeta{.code = "DL3065",
                         .slug = "from-platform-redundant",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kAlways,
                         .aliases = kAliases,
                         .commands = {}};

// The flag and the blanks after it, so that `FROM --platform=$TARGETPLATFORM alpine` becomes `FROM alpine`.
core::ByteRange flag_and_blanks(const syntax::Flag& flag, std::string_view text) {
  uint32_t end = flag.range.end;
  while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
  return {flag.range.begin, end};
}

void check(const Instruction& in, Context& ctx) {
  // An ONBUILD FROM is an error of its own (DL3043).
  if (!in.is("FROM") || ctx.in_onbuild()) return;
  for (const auto& flag : in.flags) {
    if (flag.name != "platform" || !flag.value) continue;
    std::string_view value = util::strip_quotes(*flag.value);
    if (value != "$TARGETPLATFORM" && value != "${TARGETPLATFORM}") continue;
    auto fix = core::Fix::safe("Remove --platform",
                               {core::Edit{flag_and_blanks(flag, ctx.file().source().text()), ""}});
    ctx.report(flag.range,
               "FROM --platform=" + std::string(value) +
                   " is redundant: a stage is built for the target platform unless told otherwise",
               std::move(fix));
  }
}

}  // namespace

std::unique_ptr<Rule> make_from_platform_redundant() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
