// classify -> plan -> emit -> verify. Each step can refuse; a refusal leaves the input untouched.
#include "rewrite/rewriter.h"

#include <algorithm>
#include <set>

#include "core/text.h"
#include "rewrite/apk_translation.h"
#include "rewrite/base_image.h"
#include "rewrite/carried_instructions.h"
#include "rewrite/emit.h"
#include "rewrite/exec_form.h"
#include "rewrite/healthcheck.h"
#include "rewrite/native_libraries.h"
#include "rewrite/plan.h"
#include "rewrite/runtime_checks.h"
#include "rewrite/verify.h"
#include "syntax/parser.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/expansion.h"

namespace distill::rewrite {

namespace {

Outcome refused(const core::SourceText& source, std::vector<Refusal> refusals,
                std::vector<std::string> notes = {}) {
  Outcome outcome;
  outcome.status = Status::kRefused;
  outcome.text = std::string(source.text());
  outcome.refusals = std::move(refusals);
  outcome.notes = std::move(notes);
  return outcome;
}

bool runs_as_root(const StageFacts& facts) {
  if (!facts.user) return true;
  std::string user = facts.user->substr(0, facts.user->find(':'));
  return user == "root" || user == "0";
}

std::string unique_alias(const syntax::Dockerfile& file, const syntax::Stage& stage) {
  if (stage.alias) return *stage.alias;
  for (int n = 0;; ++n) {
    std::string name = n == 0 ? "build" : "build-" + std::to_string(n);
    bool taken = false;
    for (const auto& other : file.stages) taken = taken || (other.alias && *other.alias == name);
    if (!taken) return name;
  }
}

// The global ARGs a FROM line uses that have no default (`ARG GO_VERSION` then FROM golang:${GO_VERSION}):
// only the build command line decides the image, so nothing about it can be planned. "" when all are set.
std::string unset_base_arguments(const syntax::Dockerfile& file, const syntax::Stage& stage) {
  if (!stage.base.has_variables) return "";
  auto scope = syntax::from_scope(file);
  std::string unset;
  auto lookup = [&](std::string_view name) -> std::optional<std::string> {
    auto value = scope.get(name);
    if (!value && unset.empty()) unset = std::string(name);
    return value;
  };
  auto expanded = syntax::variables::expand_word(stage.base.text, lookup, file.escape);
  if (!expanded && unset.empty()) return stage.base.text;
  return unset;
}

bool plan_stack(const PlanContext& context, RuntimePlan& plan) {
  switch (context.base.stack) {
    case Stack::kPython:
      return plan_python(context, plan);
    case Stack::kNode:
      return plan_node(context, plan);
    case Stack::kJava:
      return plan_java(context, plan);
    case Stack::kGo:
    case Stack::kRust:
    case Stack::kC:
    case Stack::kBinary:
      return plan_native(context, plan);
    case Stack::kUnsupported:
      break;
  }
  return false;
}

}  // namespace

Outcome rewrite(const core::SourceText& source, const RewriteOptions& options,
                const core::FileSystem& files) {
  syntax::Parser parser;
  auto parsed = parser.parse(source);
  if (!parsed) return refused(source, {{"syntax-error", parsed.error().describe(), std::nullopt}});
  const syntax::Dockerfile& file = *parsed;
  if (!file.errors.empty()) {
    return refused(source, {{"syntax-error", file.errors.front().message, file.errors.front().range}});
  }
  if (file.stages.empty())
    return refused(source, {{"no-stage", "the file has no FROM instruction", std::nullopt}});
  const Catalog& catalog = Catalog::embedded();
  uint32_t stage_index = static_cast<uint32_t>(file.stages.size() - 1);
  const syntax::Stage& stage = file.stages[stage_index];
  BaseImage base = classify_base(stage.resolved_base, catalog);
  Outcome outcome;
  outcome.text = std::string(source.text());
  if (base.distroless) {
    outcome.status = Status::kAlreadyDistroless;
    outcome.notes.push_back("the final stage is already " + stage.resolved_base.text + ": nothing to do");
    return outcome;
  }
  if (stage.parent) {
    return refused(source,
                   {{"final-stage-from-stage",
                     "the final stage builds FROM stage " + file.stages[*stage.parent].display_name() +
                         "; rewrite the stage that names a base image instead",
                     stage.from().range}});
  }
  if (auto unset = unset_base_arguments(file, stage); !unset.empty() || base.ref.has_variables) {
    return refused(source, {{"variable-base",
                             "the base image " + stage.base.text + " depends on the build argument " +
                                 (unset.empty() ? std::string("values") : unset) +
                                 ", which has no default, so its language and Debian suite are unknown",
                             stage.from().range}});
  }
  if (base.stack == Stack::kUnsupported) {
    return refused(source,
                   {{"unknown-stack",
                     "the base image " + stage.resolved_base.text +
                         " is not one the rewriter knows (python, node, golang, eclipse-temurin/openjdk/"
                         "maven/gradle, rust, gcc, debian, ubuntu)",
                     stage.from().range}});
  }
  StageFacts facts = collect_facts(file, stage_index);
  std::vector<std::string> notes;
  std::vector<core::Edit> builder_edits;
  if (base.alpine && (base.stack == Stack::kPython || base.stack == Stack::kNode)) {
    auto translated = translate_apk(facts, catalog);
    if (auto* refusal = std::get_if<Refusal>(&translated)) return refused(source, {std::move(*refusal)});
    auto& translation = std::get<ApkTranslation>(translated);
    std::string renamed;
    for (const auto& entry : translation.renamed) renamed += (renamed.empty() ? "" : ", ") + entry;
    if (!facts.invocations("apk").empty()) {
      notes.push_back("apk commands became apt-get ones for the Debian builder" +
                      (renamed.empty() ? std::string() : " (" + renamed + ")"));
    }
    if (translation.accounts)
      notes.push_back("BusyBox adduser/addgroup became Debian's useradd/groupadd in the builder");
    if (!translation.busybox_packages.empty()) {
      std::string list;
      for (const auto& name : translation.busybox_packages) list += (list.empty() ? "" : ", ") + name;
      notes.push_back("the RUNs call commands Alpine's BusyBox provides; the Debian builder installs " +
                      list + " for them first");
    }
    facts.apk_packages.clear();
    facts.apt_packages.insert(facts.apt_packages.end(), translation.debian_packages.begin(),
                              translation.debian_packages.end());
    builder_edits = std::move(translation.edits);
  }
  std::vector<Refusal> refusals;
  auto process = resolve_process(facts, refusals);
  if (!process) return refused(source, std::move(refusals));
  if (process->argv().empty()) {
    return refused(source, {{"no-command", "the command is empty", stage.from().range}});
  }
  if (process->converted_shell_form)
    notes.push_back("shell-form command converted to exec form (it used no shell features)");
  notes.insert(notes.end(), process->notes.begin(), process->notes.end());
  std::set<std::string> expanded;
  for (const auto& arg : process->argv()) {
    if (base.stack == Stack::kJava && arg.text.starts_with("-")) continue;  // JVM options: JAVA_TOOL_OPTIONS
    if (!arg.from_variable.empty() && expanded.insert(arg.from_variable).second) {
      notes.push_back("$" + arg.from_variable +
                      " is fixed to its ENV value in the exec-form command; `docker run -e " +
                      arg.from_variable + "=…` no longer changes it");
    }
  }
  BuildContext context_files(options.context_dir, options.context_dir.empty() ? nullptr : &files);
  bool nonroot = !(options.root && runs_as_root(facts));
  PlanContext context{catalog, options, facts, base, *process, context_files, nonroot, refusals, notes};
  RuntimeStage runtime;
  if (!plan_stack(context, runtime.plan)) return refused(source, std::move(refusals), std::move(notes));
  // The full (non-slim) Debian builders ship -dev libraries (libpq, libyaml, libxml2, …) that native
  // extensions link without any apt-get line; the runtime has none of them.
  bool full_builder = (base.stack == Stack::kPython || base.stack == Stack::kNode) && !base.alpine &&
                      std::find(base.variant.begin(), base.variant.end(), "slim") == base.variant.end();
  if (!runtime.plan.native_library_packages.empty() || full_builder || runtime.plan.gather_native_libraries) {
    std::vector<std::string> scan;  // what the runtime gets from the builder: its native objects are loaded
    for (const auto& step : runtime.plan.copies) scan.push_back(step.path);
    collect_native_libraries(context, scan, runtime.plan.native_library_packages, runtime.plan);
  }
  if (base.stack == Stack::kPython || base.stack == Stack::kNode) {
    if (auto problem = uncopied_path_entry(facts, runtime.plan)) {
      return refused(source, {std::move(*problem)}, std::move(notes));
    }
    if (auto problem = musl_artifacts(file, stage))
      return refused(source, {std::move(*problem)}, std::move(notes));
  }
  if (base.stack == Stack::kPython) {
    if (auto problem = other_python_paths(facts, runtime.plan.runtime.version.version))
      return refused(source, {std::move(*problem)}, std::move(notes));
  }
  std::string uid = std::to_string(catalog.nonroot_uid());
  if (!runs_as_root(facts) && !facts.user->starts_with(uid) && !facts.user->starts_with("nonroot")) {
    // USER stays in the builder: a name made by useradd does not exist in the runtime's /etc/passwd.
    notes.push_back("the original runs as " + *facts.user + "; the runtime runs as its nonroot user (uid " +
                    uid + ") instead");
  }
  if (nonroot && runs_as_root(facts)) {
    bool owns_some = std::any_of(runtime.plan.copies.begin(), runtime.plan.copies.end(),
                                 [](const CopyStep& step) { return step.writable; });
    notes.push_back("runs as nonroot (uid " + std::to_string(catalog.nonroot_uid()) + ") instead of root" +
                    (owns_some ? "; the application directory is owned by it" : "") + " (--root keeps root)");
  }
  if (!runtime.plan.builder_reference.empty() && stage.base.has_variables) {
    return refused(
        source,
        {{"variable-base",
          "the builder " + stage.base.text + " must be pinned to " + runtime.plan.builder_reference +
              " to match the runtime, but its tag comes from build arguments",
          stage.from().range}},
        std::move(notes));
  }
  if (nonroot && facts.workdir != "/") {
    bool writable =
        std::any_of(runtime.plan.copies.begin(), runtime.plan.copies.end(), [&](const CopyStep& step) {
          return step.writable && (step.destination.empty() ? step.path : step.destination) == facts.workdir;
        });
    if (!writable) {
      notes.push_back("WORKDIR " + facts.workdir + " is not writable by uid " +
                      std::to_string(catalog.nonroot_uid()) +
                      " in the runtime; an application that writes there needs a VOLUME or --root");
    }
  }
  runtime.builder_alias = unique_alias(file, stage);
  runtime.builder_edits = std::move(builder_edits);
  runtime.plan_workdir = facts.workdir;
  runtime.nonroot = nonroot;
  runtime.builder_runs_as_root = runs_as_root(facts);
  runtime.uid = catalog.nonroot_uid();
  carry_env(context, runtime);
  carry_metadata(context, stage, runtime);
  auto text = emit(file, stage, runtime);
  if (!text) return refused(source, {{"emit", text.error().message, std::nullopt}}, std::move(notes));
  auto problems = verify(source.path(), *text, nonroot);
  if (!problems.empty()) return refused(source, std::move(problems), std::move(notes));
  outcome.status = Status::kRewritten;
  outcome.text = std::move(text).value();
  outcome.notes = std::move(notes);
  outcome.stack = std::string(to_string(base.stack));
  outcome.runtime = runtime.plan.runtime.reference;
  return outcome;
}

}  // namespace distill::rewrite
