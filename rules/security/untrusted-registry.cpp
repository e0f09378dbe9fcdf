// DL3026: an image (FROM, COPY --from, RUN --mount from=) pulled from a registry outside the configured
// `trusted-registries` allow-list; the base image is code that runs in every build and container, so where it
// comes from is a supply-chain decision.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"
#include "syntax/image_ref.h"

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

// "Docker Hub (docker.io)" or the registry an image reference names, when the allow-list does not cover it.
std::optional<std::string> untrusted(const std::vector<std::string>& patterns,
                                     const syntax::ImageRef& image) {
  if (image.registry.empty()) {
    // Docker Hub: allowed when either of its names is.
    if (allowed(patterns, "docker.io") || allowed(patterns, "hub.docker.com")) return std::nullopt;
    return std::string("Docker Hub (docker.io)");
  }
  if (allowed(patterns, image.registry)) return std::nullopt;
  return image.registry;
}

class UntrustedRegistry final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    const auto& patterns = ctx.options().config().trusted_registries;
    if (patterns.empty()) return;  // inert until configured
    if (in.is("FROM")) check_from(in, ctx, patterns);
    // hadolint 2.15 also checks images that COPY --from and RUN --mount from= pull.
    if (in.is("COPY") && !ctx.in_onbuild()) {
      if (const syntax::Flag* from = in.flag("from"))
        check_source(ctx, patterns, util::copy_from_name(ctx, *from), from->value_range, "COPY --from=");
    }
    if (in.is("RUN")) {
      for (const syntax::Flag& flag : in.flags) {
        if (flag.name != "mount" || !flag.value) continue;
        for (std::string_view option : core::split(*flag.value, ',')) {
          if (!option.starts_with("from=")) continue;
          auto name = util::expand_known(ctx, util::strip_quotes(option.substr(5)));
          check_source(ctx, patterns, name, flag.value_range, "RUN --mount from=");
        }
      }
    }
  }

 private:
  static void check_from(const Instruction& in, Context& ctx, const std::vector<std::string>& patterns) {
    const Stage* stage = ctx.stage();
    if (stage == nullptr || &stage->from() != &in || in.args.empty()) return;
    // An earlier stage (`FROM build`) was checked where it was defined.
    if (stage->parent) return;
    // Global ARG defaults resolve `FROM $BASE`; a variable without a default is unknown and not checked.
    auto image = util::known_base(ctx, *stage);
    if (!image || image->is_scratch() || image->repository.empty()) return;
    if (auto registry = untrusted(patterns, *image)) {
      ctx.report(in.args.front().range, "FROM " + image->text + " pulls from " + *registry +
                                            ", which is not in trusted-registries; use an image from a "
                                            "trusted registry");
    }
  }

  // A COPY --from / RUN --mount from= source: a stage (by name or index) is fine; anything else is an image.
  static void check_source(Context& ctx, const std::vector<std::string>& patterns,
                           const std::optional<std::string>& name, core::ByteRange range,
                           std::string_view what) {
    if (!name || name->empty()) return;
    if (ctx.file().find_stage(*name, static_cast<uint32_t>(ctx.file().stages.size()), /*allow_index=*/true))
      return;
    syntax::ImageRef image = syntax::parse_image_ref(*name);
    if (image.is_scratch() || image.repository.empty()) return;
    if (auto registry = untrusted(patterns, image)) {
      ctx.report(range, std::string(what) + *name + " pulls from " + *registry +
                            ", which is not in trusted-registries; use an image from a trusted registry");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_untrusted_registry() {
  return std::make_unique<UntrustedRegistry>();
}

}  // namespace distill::rules
