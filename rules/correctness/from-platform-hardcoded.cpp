// DL3029: `FROM --platform=linux/amd64` pins a stage to one platform, so a multi-platform build (or a build
// on another machine) silently gets an emulated or mismatched image.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"FromPlatformFlagConstDisallowed"};
constexpr RuleMeta kMeta{.code = "DL3029",
                         .slug = "from-platform-hardcoded",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// hadolint accepts any value that mentions BuildKit's BUILDPLATFORM or TARGETPLATFORM ($BUILDPLATFORM,
// "${BUILDPLATFORM:-}", …): those follow the build's platforms instead of fixing one.
bool follows_build_platform(std::string_view value) {
  return value.find("BUILDPLATFORM") != std::string_view::npos ||
         value.find("TARGETPLATFORM") != std::string_view::npos;
}

void check(const Instruction& in, Context& ctx) {
  // An ONBUILD FROM is already an error of its own (DL3043); hadolint does not look inside it either.
  if (!in.is("FROM") || ctx.in_onbuild()) return;
  for (const auto& flag : in.flags) {
    if (flag.name != "platform" || !flag.value || flag.value->empty()) continue;
    if (follows_build_platform(*flag.value)) continue;
    ctx.report(flag.range, "FROM --platform=" + *flag.value +
                               " fixes the stage's platform; drop the flag, or use $BUILDPLATFORM / "
                               "$TARGETPLATFORM");
  }
}

}  // namespace

std::unique_ptr<Rule> make_from_platform_hardcoded() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
