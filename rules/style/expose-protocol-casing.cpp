// DI0018: `EXPOSE 80/TCP` works (BuildKit lower-cases the protocol) but differs from how the image config,
// `docker inspect` and every other tool write protocols; BuildKit's ExposeProtoCasing check asks for lower
// case.
#include <optional>
#include <string>

#include "core/text.h"
#include "lint/rule_api.h"
#include "rules/correctness/expose_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"ExposeProtoCasing"};
constexpr RuleMeta kMeta{.code = "DI0018",
                         .slug = "expose-protocol-casing",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kSometimes,
                         .aliases = kAliases,
                         .commands = {}};

// Lower-cases the protocol where it is written: the text after the argument's '/', its quotes aside.
std::optional<core::Fix> lower_case_fix(const syntax::Argument& arg, const Context& ctx) {
  if (!expose::literal(arg, ctx)) return std::nullopt;
  size_t begin = arg.text.rfind('/') + 1;
  size_t end = arg.text.find_last_not_of("\"'") + 1;
  if (begin >= end) return std::nullopt;
  core::ByteRange range{arg.range.begin + static_cast<uint32_t>(begin),
                        arg.range.begin + static_cast<uint32_t>(end)};
  return core::Fix::safe("Lower-case the protocol",
                         {core::Edit{range, core::to_lower(arg.text.substr(begin, end - begin))}});
}

void check(const Instruction& in, Context& ctx) {
  expose::for_each_port_spec(in, ctx,
                             [&](const auto& arg, const std::string& spec, const auto& parts, bool alone) {
                               std::string lower = core::to_lower(parts.protocol);
                               if (parts.protocol == lower) return;
                               ctx.report(arg.range,
                                          "protocol '" + std::string(parts.protocol) + "' in EXPOSE " + spec +
                                              " should be lower case: write '" + lower + "'",
                                          alone ? lower_case_fix(arg, ctx) : std::nullopt);
                             });
}

}  // namespace

std::unique_ptr<Rule> make_expose_protocol_casing() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
