// DL3021: COPY with several sources needs a directory destination written with a trailing `/`; without it
// BuildKit stops the build ("the destination must be a directory and end with a /").
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3021",
                         .slug = "copy-dest-missing-slash",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kSometimes,
                         .aliases = {},
                         .commands = {}};

// Where to insert the `/`: after the destination, or inside its closing quote. Nullopt when the argument is
// not spelled verbatim in the source (JSON escapes), where an offset could land in the wrong place.
std::optional<uint32_t> slash_offset(const syntax::Argument& dest, const Context& ctx) {
  if (ctx.file().source().slice(dest.range) != dest.text || dest.text.empty()) return std::nullopt;
  char last = dest.text.back();
  if (last == '"' || last == '\'') {
    if (dest.text.size() < 2 || dest.text.front() != last) return std::nullopt;
    return dest.range.end - 1;
  }
  return dest.range.end;
}

class CopyDestMissingSlash final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("COPY") || in.args.size() <= 2) return;
    const syntax::Argument& dest = in.args.back();
    // `COPY a b $DIR` is fine when DIR ends in '/'; with no known value it is not checked.
    auto value = util::expand_known(ctx, util::strip_quotes(dest.text));
    // A trailing backslash is the directory separator of a Windows destination (`C:\\app\\`).
    if (!value || value->empty() || value->back() == '/' || value->back() == '\\') return;
    std::optional<core::Fix> fix;
    if (auto at = slash_offset(dest, ctx)) {
      fix = core::Fix::safe("Add a trailing '/' to the destination", {core::Edit{{*at, *at}, "/"}});
    }
    ctx.report(dest.range,
               "COPY with " + std::to_string(in.args.size() - 1) +
                   " sources needs a directory destination ending in '/'; write '" + *value + "/'",
               std::move(fix));
  }
};

}  // namespace

std::unique_ptr<Rule> make_copy_dest_missing_slash() {
  return std::make_unique<CopyDestMissingSlash>();
}

}  // namespace distill::rules
