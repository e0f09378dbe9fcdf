// DL4000: MAINTAINER is deprecated; the author belongs in the standard OCI label, which tools actually read.
#include <string>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"MaintainerDeprecated"};
constexpr RuleMeta kMeta{.code = "DL4000",
                         .slug = "maintainer-instruction",
                         .category = "maintainability",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kAlways,
                         .aliases = kAliases,
                         .commands = {}};

// MAINTAINER takes its text literally, while a LABEL value in double quotes expands `$` and gives meaning to
// the escape character, so those (and `"`) are escaped to keep the value byte for byte.
std::string quote_label_value(std::string_view text, char escape) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '$' || c == escape) out += escape;
    out += c;
  }
  return out + "\"";
}

// The author as written; one pair of quotes around all of it is taken as quoting, not as part of the name.
std::string maintainer_text(const Instruction& in) {
  std::string text;
  for (const auto& arg : in.args) {
    if (!text.empty()) text += ' ';
    text += arg.text;
  }
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front()) {
    text = text.substr(1, text.size() - 2);
  }
  return text;
}

void check(const Instruction& in, Context& ctx) {
  // ONBUILD MAINTAINER is a different mistake, reported by DL3043.
  if (!in.is("MAINTAINER") || ctx.in_onbuild()) return;
  std::string replacement =
      "LABEL org.opencontainers.image.authors=" + quote_label_value(maintainer_text(in), ctx.file().escape);
  // The line break after the instruction stays where it is.
  core::ByteRange range = in.range;
  std::string_view source = ctx.file().source().text();
  while (range.end > range.begin && (source[range.end - 1] == '\n' || source[range.end - 1] == '\r'))
    --range.end;
  ctx.report(in.keyword_range,
             "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors=\"…\" instead",
             core::Fix::safe("Replace MAINTAINER with LABEL org.opencontainers.image.authors",
                             {core::Edit{range, replacement}}));
}

}  // namespace

std::unique_ptr<Rule> make_maintainer_instruction() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
