// DI0012: BuildKit stops at a word it does not know as an instruction, so a typo (`COPPY`) or a line that
// lost its continuation backslash fails the whole build.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "config/suggest.h"
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0012",
                         .slug = "unknown-instruction",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

const std::vector<std::string>& keywords() {
  static const std::vector<std::string> kKeywords = {
      "ADD",   "ARG",        "CMD",     "COPY", "ENTRYPOINT", "ENV",        "EXPOSE", "FROM",   "HEALTHCHECK",
      "LABEL", "MAINTAINER", "ONBUILD", "RUN",  "SHELL",      "STOPSIGNAL", "USER",   "VOLUME", "WORKDIR"};
  return kKeywords;
}

// A word no instruction starts with: a shell operator or option, a path, a quote...
bool looks_like_shell(std::string_view word) {
  return !word.empty() && !std::isalpha(static_cast<unsigned char>(word.front()));
}

// `CMD["x"]` is one word to BuildKit: a keyword glued to its arguments.
std::optional<std::string> glued_keyword(std::string_view word) {
  for (const std::string& keyword : keywords()) {
    if (word.size() > keyword.size() && word.substr(0, keyword.size()) == keyword &&
        !std::isalnum(static_cast<unsigned char>(word[keyword.size()])) && word[keyword.size()] != '_' &&
        word[keyword.size()] != '-') {
      return keyword;
    }
  }
  return std::nullopt;
}

class UnknownInstruction final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.known) report(in, ctx);
    if (!ctx.in_onbuild()) previous_ = &in;
  }

 private:
  void report(const Instruction& in, Context& ctx) const {
    std::string message =
        "unknown instruction '" + std::string(ctx.file().source().slice(in.keyword_range)) + "'";
    if (auto keyword = glued_keyword(in.keyword)) {
      message += ": put a space after " + *keyword;
    } else if (lost_continuation(in, ctx)) {
      message += ": the RUN before it probably lost the '" + std::string(1, ctx.file().escape) +
                 "' that continues its line";
    } else if (auto match = config::closest_match(in.keyword, keywords());
               match && !looks_like_shell(in.keyword)) {
      message += " (did you mean '" + *match + "'?)";
    } else {
      message += "; BuildKit stops the build here";
    }
    ctx.report(in.keyword_range, std::move(message));
  }

  // An indented word (or a shell operator) right after a RUN reads as the rest of that RUN's command.
  bool lost_continuation(const Instruction& in, Context& ctx) const {
    if (ctx.in_onbuild() || previous_ == nullptr || !previous_->effective().is("RUN")) return false;
    bool indented = ctx.file().source().position(in.keyword_range.begin).column > 1;
    return indented || looks_like_shell(in.keyword);
  }

  const Instruction* previous_ = nullptr;  // the instruction before, to spot a broken RUN continuation
};

}  // namespace

std::unique_ptr<Rule> make_unknown_instruction() {
  return std::make_unique<UnknownInstruction>();
}

}  // namespace distill::rules
