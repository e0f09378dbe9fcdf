// DI0024: a comment right above `FROM … AS name` or `ARG name` is what `docker build --call=outline` and
// `--call=targets` show as its description, so one that does not start with the name reads as noise there.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"InvalidDefinitionDescription"};
constexpr RuleMeta kMeta{.code = "DI0024",
                         .slug = "invalid-definition-description",
                         .category = "maintainability",
                         .severity = core::Severity::kIgnore,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

class InvalidDefinitionDescription final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild()) return;
    std::vector<std::string> names;
    if (in.is("ARG")) {
      for (const auto& pair : in.pairs) names.push_back(pair.key);
    } else if (in.is("FROM") && ctx.stage() != nullptr && ctx.stage()->alias) {
      names.push_back(*ctx.stage()->alias);  // lower-cased, as BuildKit compares it
    }
    if (names.empty()) return;
    const syntax::Comment* description = description_of(in, ctx);
    if (description == nullptr) return;
    std::string first_word(description->text.substr(0, description->text.find(' ')));
    if (std::find(names.begin(), names.end(), first_word) != names.end()) return;
    std::string example = names.size() == 1 ? names.front() : "<arg_key>";
    ctx.report(in, "the comment above this " + in.keyword + " is read as its description by `docker build " +
                       "--call=outline`, but it does not start with the name: write `# " + example +
                       " <description>`, or separate the comment with an empty line");
  }

 private:
  // The comment on the line right above `in`, which BuildKit reads as its description; nullptr when that
  // line is empty, not a comment, or an empty `#` (which ends a description).
  const syntax::Comment* description_of(const Instruction& in, Context& ctx) {
    const core::SourceText& source = ctx.file().source();
    if (by_line_.empty()) {
      for (const syntax::Comment& c : ctx.file().comments) {
        if (!c.inside_instruction) by_line_[source.position(c.range.begin).line] = &c;
      }
    }
    auto it = by_line_.find(source.position(in.range.begin).line - 1);
    if (it == by_line_.end() || it->second->text.empty()) return nullptr;
    return it->second;
  }

  std::map<uint32_t, const syntax::Comment*> by_line_;
};

}  // namespace

std::unique_ptr<Rule> make_invalid_definition_description() {
  return std::make_unique<InvalidDefinitionDescription>();
}

}  // namespace distill::rules
