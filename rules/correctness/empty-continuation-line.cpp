// DI0016: an empty line inside a `\` continuation does not end the instruction: BuildKit skips it and reads
// on, warns (NoEmptyContinuation), and has announced it will become an error. Often the backslash before it
// was a mistake and the next instruction is being swallowed.
#include <algorithm>
#include <string>

#include "core/text.h"
#include "lint/rule_api.h"
#include "syntax/buildkit/instruction.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"NoEmptyContinuation"};
constexpr RuleMeta kMeta{.code = "DI0016",
                         .slug = "empty-continuation-line",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kSometimes,
                         .aliases = kAliases,
                         .commands = {}};

// The first word of the first line from `at` on that is neither empty nor a comment (BuildKit skips both
// inside a continuation), when that line is not indented and the word is an instruction keyword: a sign the
// escape before the empty line was meant to end the instruction.
std::string_view swallowed_keyword(std::string_view text, uint32_t at, uint32_t end) {
  while (at < end) {
    size_t eol = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, eol - at);
    size_t first = line.find_first_not_of(" \t\r\f\v");
    if (first != std::string_view::npos && line[first] != '#') {
      std::string_view word = line.substr(0, line.find_first_of(" \t\r\f\v"));
      if (first != 0 || !syntax::buildkit::is_known_instruction(core::to_lower(word))) return {};
      return word;
    }
    at = static_cast<uint32_t>(eol + 1);
  }
  return {};
}

void check(const Instruction& in, Context& ctx) {
  // The ONBUILD instruction holds its trigger's empty lines too; one finding is enough.
  if (ctx.in_onbuild() || in.empty_continuation_lines.empty()) return;
  std::string_view text = ctx.file().source().text();
  std::vector<core::Edit> edits;
  std::string_view keyword;
  for (const core::ByteRange& line : in.empty_continuation_lines) {
    uint32_t next = line.end < text.size() ? line.end + 1 : line.end;  // past the newline, if any
    edits.push_back(core::Edit{{line.begin, next}, ""});
    if (keyword.empty()) keyword = swallowed_keyword(text, next, in.range.end);
  }
  const core::ByteRange& first = in.empty_continuation_lines.front();
  size_t count = in.empty_continuation_lines.size();
  std::string what = count == 1 ? "an empty line" : std::to_string(count) + " empty lines";
  if (!keyword.empty()) {
    // Deleting the empty line would keep the swallowed instruction swallowed; the escape is what to fix.
    ctx.report(first, "the empty line does not end this " + in.keyword + ": the '" + std::string(keyword) +
                          "' line after it is still part of it, so remove the escape before the empty line "
                          "if that line should be an instruction of its own");
    return;
  }
  ctx.report(
      first,
      "this " + in.keyword + " continues over " + what +
          ", which BuildKit skips with a warning and will reject in a future release: delete " +
          (count == 1 ? "it or make it a comment" : "them or make them comments"),
      core::Fix::safe(count == 1 ? "Delete the empty line" : "Delete the empty lines", std::move(edits)));
}

}  // namespace

std::unique_ptr<Rule> make_empty_continuation_line() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
