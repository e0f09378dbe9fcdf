// Matching versions is the rule (Python minor, Node major, JDK major, Debian suite): a mismatch breaks
// venvs, C extensions and glibc symbol versions at run time, so it is refused unless the user allows an
// upgrade, and then it is said out loud.
#include <algorithm>
#include <charconv>

#include "rewrite/plan.h"

namespace distill::rewrite {

namespace {

std::vector<int> numbers(const std::string& version) {
  std::vector<int> parts;
  size_t at = 0;
  while (at < version.size()) {
    int value = 0;
    auto [end, error] = std::from_chars(version.data() + at, version.data() + version.size(), value);
    if (error != std::errc()) break;
    parts.push_back(value);
    at = static_cast<size_t>(end - version.data()) + 1;
  }
  return parts;
}

bool newer(const std::string& a, const std::string& b) {
  return numbers(a) > numbers(b);
}

std::string listing(const Catalog& catalog, RuntimeKind kind) {
  std::string text;
  for (const char* suite : {"debian12", "debian13"}) {
    auto versions = catalog.versions(kind, suite);
    if (versions.empty()) continue;
    std::string joined;
    for (const auto& version : versions) joined += (joined.empty() ? "" : ", ") + version;
    text += (text.empty() ? "" : "; ") + joined + " on " + suite;
  }
  return text;
}

std::string codename(const Catalog& catalog, const std::string& suite) {
  const Suite* found = catalog.suite(suite);
  return found ? found->codename : suite;
}

}  // namespace

bool choose_language_runtime(const PlanContext& context, RuntimeKind kind, const std::string& language,
                             RuntimePlan& plan) {
  const Catalog& catalog = context.catalog;
  const BaseImage& base = context.base;
  // A builder that is not suite-bound (a JDK: bytecode does not link against glibc) says nothing about the
  // runtime's suite, so its tag's suite (eclipse-temurin:17-jammy) does not select an end-of-life runtime.
  bool suite_bound = base.suite_tag != SuiteTagStyle::kNone;
  std::optional<std::string> wanted = context.options.suite ? context.options.suite
                                      : suite_bound         ? base.suite
                                                            : std::nullopt;
  std::vector<std::string> order;
  if (wanted) {
    order.push_back(*wanted);
  } else {
    order.push_back(catalog.default_suite());
    for (const char* suite : {"debian13", "debian12"}) {
      if (suite != catalog.default_suite()) order.emplace_back(suite);
    }
  }
  std::string version = base.version;
  std::optional<Runtime> runtime;
  for (const auto& suite : order) {
    if (!version.empty() && (runtime = catalog.find(kind, version, suite, context.nonroot))) break;
  }
  if (!runtime) {
    std::string suite = wanted.value_or(catalog.default_suite());
    if (!context.options.allow_upgrade) {
      if (version.empty()) {
        context.refuse("unpinned-version",
                       base.ref.text + " does not pin a " + language +
                           " version, so no runtime can be matched to it; pin the tag, or pass "
                           "--allow-upgrade to use the newest runtime",
                       context.facts.stage->from().range);
      } else {
        context.refuse("no-runtime-version",
                       language + " " + version + (wanted ? " on " + *wanted : "") +
                           " has no distroless runtime (there are " + listing(catalog, kind) +
                           "); --allow-upgrade moves to the nearest newer one",
                       context.facts.stage->from().range);
      }
      return false;
    }
    auto versions = catalog.versions(kind, suite);
    std::string chosen;
    for (const auto& candidate : versions) {
      if (version.empty() ? (chosen.empty() || newer(candidate, chosen))
                          : newer(candidate, version) && (chosen.empty() || newer(chosen, candidate))) {
        chosen = candidate;
      }
    }
    if (chosen.empty()) {
      context.refuse("no-runtime-version",
                     language + " " + version + " is newer than every distroless runtime (" +
                         listing(catalog, kind) + ")",
                     context.facts.stage->from().range);
      return false;
    }
    // Python 3 is not a newer Python 2 (print, str/bytes, removed modules): no flag makes that an upgrade.
    if (kind == RuntimeKind::kPython && !version.empty() &&
        version.substr(0, version.find('.')) != chosen.substr(0, chosen.find('.'))) {
      context.refuse("no-runtime-version",
                     language + " " + version + " has no distroless runtime, and Python " + chosen +
                         " is another major version that Python " + version + " code does not run on",
                     context.facts.stage->from().range);
      return false;
    }
    runtime = catalog.find(kind, chosen, suite, context.nonroot);
    context.note("upgraded " + language + " " + (version.empty() ? "(unpinned)" : version) + " to " + chosen +
                 " (--allow-upgrade)" + (suite_bound ? ": builder and runtime both use " + chosen : ""));
  }
  plan.runtime = *runtime;
  if (runtime->version.eol) {
    context.note(plan.runtime.reference +
                 " is no longer updated upstream (end of life); it matches the original " + language + " " +
                 runtime->version.version);
  }
  // The builder must produce what the runtime can load: same version, same (or older) Debian suite.
  bool same_version = runtime->version.version == base.version;
  bool same_suite = base.suite && *base.suite == runtime->version.suite;
  if (suite_bound && (!same_version || !same_suite || base.alpine)) {
    plan.builder_reference =
        builder_reference(base, runtime->version.version, codename(catalog, runtime->version.suite));
    if (base.alpine) {
      context.note(base.ref.text + " is Alpine (musl); the builder becomes " + plan.builder_reference +
                   " so what it builds links against the runtime's glibc");
    }
  } else if (!suite_bound && !same_version && !base.version.empty()) {
    context.note("the builder stays on " + language + " " + base.version + "; its output runs on " +
                 runtime->version.version);
  }
  return true;
}

bool choose_native_runtime(const PlanContext& context, RuntimeKind kind, bool pin_builder,
                           RuntimePlan& plan) {
  const Catalog& catalog = context.catalog;
  const BaseImage& base = context.base;
  // A static binary runs on any suite, so it gets the longest-supported one unless the user chose.
  std::string suite = context.options.suite.value_or(
      kind == RuntimeKind::kStatic ? catalog.default_suite() : base.suite.value_or(catalog.default_suite()));
  if (base.suite && *base.suite > suite && pin_builder) {
    // A newer builder links against a glibc the runtime lacks (GLIBC_2.38 not found).
    context.refuse(
        "suite-mismatch",
        base.ref.text + " is built on " + *base.suite + ", newer than the requested runtime suite " + suite,
        context.facts.stage->from().range);
    return false;
  }
  auto runtime = catalog.find(kind, "", suite, context.nonroot);
  if (!runtime) {
    context.refuse("no-runtime-version", "no distroless runtime for " + suite);
    return false;
  }
  plan.runtime = *runtime;
  if (pin_builder && base.suite_tag != SuiteTagStyle::kNone && (!base.suite || base.alpine)) {
    plan.builder_reference = builder_reference(base, base.version, codename(catalog, suite));
  }
  return true;
}

}  // namespace distill::rewrite
