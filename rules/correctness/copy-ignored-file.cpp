// DI0023: a COPY/ADD source that the build context's .dockerignore excludes is not in the context, so the
// build fails (or, for a directory or wildcard, silently copies less than the line says).
#include <string>

#include "core/text.h"
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"CopyIgnoredFile"};
constexpr RuleMeta kMeta{.code = "DI0023",
                         .slug = "copy-ignored-file",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

using Pattern = core::IgnoreRules::Pattern;

// A source path as BuildKit compares it: cleaned, '/'-separated, relative to the context root.
std::string context_path(std::string_view source) {
  std::string out;
  for (std::string_view part : core::split(source, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      auto slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
      continue;
    }
    out += (out.empty() ? "" : "/") + std::string(part);
  }
  return out;  // "" is the context root
}

bool is_remote(std::string_view source) {
  return source.find("://") != std::string_view::npos || source.starts_with("git@");
}

// `a` is `b` or inside it; everything is inside the root "".
bool at_or_below(std::string_view a, std::string_view b) {
  return b.empty() || a == b || (a.starts_with(b) && a[b.size()] == '/');
}

// BuildKit's caution with `!` lines: when an exception could bring back something at or below `path`, the
// exclusion cannot be decided without the files, so nothing is reported. A wildcard exception counts from the
// literal directories before its first wildcard.
bool exception_may_apply(const core::IgnoreRules& rules, const std::string& path) {
  for (const Pattern& p : rules.patterns()) {
    if (!p.negated) continue;
    std::string prefix;
    bool wildcard = false;
    for (std::string_view part : core::split(p.glob, '/')) {
      if (part.find_first_of("*?[") != std::string_view::npos) {
        wildcard = true;
        break;
      }
      prefix += (prefix.empty() ? "" : "/") + std::string(part);
    }
    if (at_or_below(prefix, path) || (wildcard && at_or_below(path, prefix))) return true;
  }
  return false;
}

// The context root itself is only "excluded" by a catch-all line; `.*` or `*.log` leave `COPY . .` alone.
const Pattern* root_excluded_by(const core::IgnoreRules& rules) {
  for (const Pattern& p : rules.patterns()) {
    if (!p.negated && (p.glob == "*" || p.glob == "**" || p.glob == "**/*")) return &p;
  }
  return nullptr;
}

class CopyIgnoredFile final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if ((!in.is("COPY") && !in.is("ADD")) || ctx.in_onbuild() || ctx.stage() == nullptr) return;
    const lint::ContextIgnore* ignore = ctx.context_ignore();
    if (ignore == nullptr || ignore->rules.patterns().empty() || in.flag("from") != nullptr) return;
    // Every argument but the destination; heredoc markers name inline files, not context paths.
    for (size_t i = 0; i + 1 < in.args.size(); ++i) {
      const syntax::Argument& source = in.args[i];
      if (util::is_heredoc_marker(in, source) || !util::variables_known(ctx, source.text)) continue;
      std::string written = ctx.expand(source.text);
      if (is_remote(written)) continue;
      std::string path = context_path(written);
      const Pattern* excluded = nullptr;
      if (path.empty()) {
        excluded = root_excluded_by(ignore->rules);
      } else if (const Pattern* p = ignore->rules.deciding_pattern(path, false); p && !p->negated) {
        excluded = p;
      }
      if (excluded == nullptr || exception_may_apply(ignore->rules, path)) continue;
      ctx.report(source.range, "'" + written + "' is excluded by " + ignore->name + " (pattern `" +
                                   excluded->glob + "`), so it is not in the build context and " +
                                   in.keyword + " cannot copy it; remove it from " + ignore->name +
                                   " or stop copying it");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_copy_ignored_file() {
  return std::make_unique<CopyIgnoredFile>();
}

}  // namespace distill::rules
