// DI0017: `ENV key value` and `LABEL key value`, the legacy whitespace form, set one pair whose value is the
// rest of the line, and read like two pairs; BuildKit's LegacyKeyValueFormat check asks for `key=value`.
#include <optional>
#include <string>

#include "lint/rule_api.h"
#include "syntax/buildkit/words.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"LegacyKeyValueFormat"};
constexpr RuleMeta kMeta{.code = "DI0017",
                         .slug = "legacy-key-value-format",
                         .category = "style",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kSometimes,
                         .aliases = kAliases,
                         .commands = {}};

// `key value` -> `key=value`, when that means the same to BuildKit: the value is one word (several words
// would need quoting), the key has no quotes or escapes (`"a b" c` splits differently once joined), and only
// blanks separate the two (no continuation or comment line).
std::optional<core::Fix> equals_fix(const syntax::KeyValue& pair, const Context& ctx) {
  const core::SourceText& source = ctx.file().source();
  if (!pair.value || source.slice(pair.key_range) != pair.key ||
      source.slice(pair.value_range) != *pair.value || pair.key_range.end >= pair.value_range.begin) {
    return std::nullopt;
  }
  core::ByteRange gap{pair.key_range.end, pair.value_range.begin};
  if (source.slice(gap).find_first_not_of(" \t") != std::string_view::npos) return std::nullopt;
  if (pair.key.find_first_of(std::string("\"'") + ctx.file().escape) != std::string::npos)
    return std::nullopt;
  if (syntax::buildkit::parse_words(*pair.value, ctx.file().escape).size() != 1) return std::nullopt;
  return core::Fix::safe("Write " + pair.key + "=…", {core::Edit{gap, "="}});
}

void check(const Instruction& in, Context& ctx) {
  // BuildKit lints ENV and LABEL as it builds a stage: not in ONBUILD triggers, nor before the first FROM
  // (where they are an error).
  if (!(in.is("ENV") || in.is("LABEL")) || !ctx.stage() || ctx.in_onbuild()) return;
  std::string keyword(ctx.file().source().slice(in.keyword_range));
  for (const auto& pair : in.pairs) {
    if (pair.has_equals) continue;
    ctx.report(pair.range,
               "'" + keyword + " " + pair.key + " <value>' is the legacy form: write '" + keyword + " " +
                   pair.key + "=<value>'",
               equals_fix(pair, ctx));
  }
}

}  // namespace

std::unique_ptr<Rule> make_legacy_key_value_format() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
