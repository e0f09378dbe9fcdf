// DL3026: a FROM image pulled from a registry outside the configured `trusted-registries` allow-list; the
// base image is code that runs in every build and container, so where it comes from is a supply-chain
// decision.
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3026",
                         .slug = "untrusted-registry",
                         .category = "security",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// hadolint's patterns: "*" allows every registry, "*.example.com" any registry ending in ".example.com",
// "example.*" any starting with "example.", anything else must be equal.
bool matches(std::string_view pattern, std::string_view registry) {
  if (pattern == "*") return true;
  if (pattern.starts_with('*')) return registry.ends_with(pattern.substr(1));
  if (pattern.ends_with('*')) return registry.starts_with(pattern.substr(0, pattern.size() - 1));
  return registry == pattern;
}

bool allowed(const std::vector<std::string>& patterns, std::string_view registry) {
  for (const std::string& pattern : patterns) {
    if (matches(pattern, registry)) return true;
  }
  return false;
}

class UntrustedRegistry final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    const Stage* stage = ctx.stage();
    if (!in.is("FROM") || stage == nullptr || &stage->from() != &in || in.args.empty()) return;
    const auto& patterns = ctx.options().config().trusted_registries;
    // Inert until configured; an earlier stage (`FROM build`) was checked where it was defined.
    if (patterns.empty() || stage->parent) return;
    // Global ARG defaults resolve `FROM $BASE`; a variable without a default is unknown and not checked.
    auto image = util::known_base(ctx, *stage);
    if (!image || image->is_scratch() || image->repository.empty()) return;
    if (image->registry.empty()) {
      // Docker Hub: allowed when either of its names is.
      if (allowed(patterns, "docker.io") || allowed(patterns, "hub.docker.com")) return;
      ctx.report(in.args.front().range, "FROM " + image->text +
                                            " pulls from Docker Hub (docker.io), which is not in "
                                            "trusted-registries; use an image from a trusted registry");
      return;
    }
    if (allowed(patterns, image->registry)) return;
    ctx.report(in.args.front().range, "FROM " + image->text + " pulls from " + image->registry +
                                          ", which is not in trusted-registries; use an image from a "
                                          "trusted registry");
  }
};

}  // namespace

std::unique_ptr<Rule> make_untrusted_registry() {
  return std::make_unique<UntrustedRegistry>();
}

}  // namespace distill::rules
