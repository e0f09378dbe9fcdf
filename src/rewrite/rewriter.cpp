// classify -> plan -> emit -> verify. Each step can refuse; a refusal leaves the input untouched.
#include "rewrite/rewriter.h"

#include <algorithm>
#include <set>

#include "core/text.h"
#include "rewrite/base_image.h"
#include "rewrite/carried_env.h"
#include "rewrite/emit.h"
#include "rewrite/exec_form.h"
#include "rewrite/healthcheck.h"
#include "rewrite/plan.h"
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

bool writes_after(const syntax::Stage& stage, const syntax::Instruction& in) {
  bool after = false;
  for (const auto& other : stage.instructions) {
    if (&other == &in) {
      after = true;
    } else if (after && (other.is("RUN") || other.is("COPY") || other.is("ADD"))) {
      return true;
    }
  }
  return false;
}

// ENV lines for the runtime, with values as the build saw them (ARGs do not exist in the runtime stage).
void carry_env(const PlanContext& context, RuntimeStage& stage) {
  std::set<std::string> planned;
  for (const auto& [name, value] : stage.plan.env) planned.insert(name);
  for (const auto& setting : context.facts.env) {
    if (planned.contains(setting.name)) continue;
    if (build_only_env(setting.name)) {
      if (setting.name == "PATH")
        context.note("ENV PATH is not carried: the runtime command uses absolute paths");
      continue;
    }
    std::string value = setting.value;
    if ((setting.name == "LANG" || setting.name == "LC_ALL") && value != "C.UTF-8" && value != "C" &&
        value != "POSIX" && value != "C.utf8") {
      context.note(setting.name + "=" + value + " has no locale data in distroless; set to C.UTF-8");
      value = "C.UTF-8";
    }
    stage.env_lines.push_back("ENV " + setting.name + "=" + env_value(value));
  }
  for (const auto& [name, value] : stage.plan.env)
    stage.env_lines.push_back("ENV " + name + "=" + env_value(value));
}

std::string comments_above(const core::SourceText& source, const syntax::Instruction& in) {
  core::ByteRange range = removal_range(source, in);
  uint32_t line_start = source.offset_from_utf16(source.position(in.range.begin).line, 1);
  std::string text(source.text().substr(range.begin, line_start - range.begin));
  while (text.ends_with('\n')) text.pop_back();
  return text;
}

// LABEL/EXPOSE/VOLUME/STOPSIGNAL with each value as the build saw it, re-quoted so it reads back the same.
std::string expanded_metadata(const syntax::Dockerfile& file, uint32_t stage_index, size_t index,
                              const syntax::Instruction& in) {
  auto expand = [&](std::string_view text) {
    auto value = syntax::variables::expand_word(text, syntax::scope_before(file, stage_index, index).lookup(),
                                                file.escape);
    return value ? value->value : std::string(text);
  };
  std::string line = in.keyword;
  if (in.is("LABEL")) {
    for (const auto& pair : in.pairs)
      line += " " + expand(pair.key) + "=" + env_value(expand(pair.value.value_or("")));
    return line;
  }
  std::vector<std::string> values;
  bool spaces = false;
  for (const auto& arg : in.args) {
    values.push_back(expand(arg.text));
    spaces = spaces || values.back().find_first_of(" \t") != std::string::npos;
  }
  if (spaces || in.form == syntax::Form::kJson) return line + " " + exec_form(values);
  for (const auto& value : values) line += " " + value;
  return line;
}

// Runtime-only instructions leave the builder and appear in the runtime stage (with their comments).
void carry_metadata(const PlanContext& context, const syntax::Stage& stage, RuntimeStage& runtime) {
  const auto& source = context.facts.file->source();
  uint32_t stage_index = stage.index;
  for (size_t i = 1; i < stage.instructions.size(); ++i) {
    const auto& in = stage.instructions[i];
    std::string comments = comments_above(source, in);
    if (in.is("CMD") || in.is("ENTRYPOINT")) {
      runtime.moved.push_back(&in);
      if (!comments.empty()) runtime.command_comments.push_back(comments);
      continue;
    }
    bool metadata =
        in.is("EXPOSE") || in.is("LABEL") || in.is("STOPSIGNAL") || in.is("HEALTHCHECK") || in.is("VOLUME");
    if (!metadata) continue;
    bool keep_in_builder = in.is("VOLUME") && writes_after(stage, in);
    if (!keep_in_builder) runtime.moved.push_back(&in);
    std::string line;
    if (in.is("HEALTHCHECK")) {
      auto converted = convert_healthcheck(context, in, runtime.plan);
      if (!converted) {
        if (!comments.empty()) runtime.metadata_lines.push_back(comments);
        runtime.metadata_lines.push_back(
            "# distill: HEALTHCHECK left out (it needs a shell or a tool the runtime lacks)");
        continue;
      }
      line = *converted;
    } else {
      std::string text(source.slice(in.range));
      while (text.ends_with('\n') || text.ends_with(' ')) text.pop_back();
      // ARGs are not visible in the runtime stage: write the values the build saw.
      if (text.find('$') == std::string::npos) {
        line = text;
      } else {
        line = expanded_metadata(*context.facts.file, stage_index, i, in);
      }
    }
    if (!comments.empty()) runtime.metadata_lines.push_back(comments);
    runtime.metadata_lines.push_back(line);
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

// ENV PATH naming a directory the runtime does not get (PATH=/google-cloud-sdk/bin:$PATH): an interpreted
// application may run programs from it. Directories inside what is copied (node_modules/.bin, a venv whose
// packages are copied) are fine.
std::optional<Refusal> uncopied_path_entry(const StageFacts& facts, const RuntimePlan& plan) {
  const auto* path = facts.find_env("PATH");
  if (!path) return std::nullopt;
  for (std::string_view piece : core::split(path->value, ':')) {
    std::string entry(piece);
    while (entry.size() > 1 && entry.ends_with('/')) entry.pop_back();
    if (entry.empty() || entry == "/usr/local/sbin" || entry == "/usr/local/bin" || entry == "/usr/sbin" ||
        entry == "/usr/bin" || entry == "/sbin" || entry == "/bin") {
      continue;
    }
    // A package manager's own home (PNPM_HOME, CARGO_HOME/bin) is build tooling.
    bool tooling = std::any_of(facts.env.begin(), facts.env.end(), [&](const EnvSetting& setting) {
      return setting.name != "PATH" && build_only_env(setting.name) && !setting.value.empty() &&
             (entry == setting.value || entry.starts_with(setting.value + "/"));
    });
    if (tooling) continue;
    std::string owner = entry.ends_with("/bin") ? entry.substr(0, entry.size() - 4) : entry;
    bool copied = std::any_of(plan.copies.begin(), plan.copies.end(), [&](const CopyStep& step) {
      return entry == step.path || entry.starts_with(step.path + "/") || step.path.starts_with(owner + "/");
    });
    if (!copied) {
      return Refusal{"runtime-path",
                     "ENV PATH adds " + entry +
                         ", whose programs the runtime would not have (the application may run them)",
                     path->instruction ? std::optional(path->instruction->range) : std::nullopt};
    }
  }
  return std::nullopt;
}

// Node modules and Python packages built on Alpine are linked against musl; copied from an Alpine stage they
// fail to load on the glibc runtimes (P20).
std::optional<Refusal> musl_artifacts(const syntax::Dockerfile& file, const syntax::Stage& stage) {
  const Catalog& catalog = Catalog::embedded();
  for (const auto& in : stage.instructions) {
    const auto* from = in.is("COPY") ? in.flag("from") : nullptr;
    if (!from || !from->value) continue;
    auto source = file.find_stage(*from->value, stage.index, true);
    if (!source) continue;
    if (classify_base(file.stages[*source].resolved_base, catalog).alpine) {
      return Refusal{"musl-builder",
                     "COPY --from=" + *from->value +
                         " brings files built on Alpine (musl); native modules among them "
                         "cannot load on the glibc distroless runtimes",
                     in.range};
    }
  }
  return std::nullopt;
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
  if (base.alpine && (base.stack == Stack::kPython || base.stack == Stack::kNode) && !file.stages.empty()) {
    StageFacts probe = collect_facts(file, stage_index);
    if (!probe.apk_packages.empty()) {
      return refused(source,
                     {{"musl-builder",
                       stage.resolved_base.text + " is Alpine (musl) and installs apk packages; its native "
                                                  "code cannot run on the glibc distroless runtimes",
                       stage.from().range}});
    }
  }
  StageFacts facts = collect_facts(file, stage_index);
  std::vector<Refusal> refusals;
  std::vector<std::string> notes;
  auto process = resolve_process(facts, refusals);
  if (!process) return refused(source, std::move(refusals));
  if (process->argv().empty()) {
    return refused(source, {{"no-command", "the command is empty", stage.from().range}});
  }
  if (process->converted_shell_form)
    notes.push_back("shell-form command converted to exec form (it used no shell features)");
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
  if (base.stack == Stack::kPython || base.stack == Stack::kNode) {
    if (auto problem = uncopied_path_entry(facts, runtime.plan)) {
      return refused(source, {std::move(*problem)}, std::move(notes));
    }
    if (auto problem = musl_artifacts(file, stage))
      return refused(source, {std::move(*problem)}, std::move(notes));
  }
  std::string uid = std::to_string(catalog.nonroot_uid());
  if (!runs_as_root(facts) && !facts.user->starts_with(uid) && !facts.user->starts_with("nonroot")) {
    // USER stays in the builder: a name made by useradd does not exist in the runtime's /etc/passwd.
    notes.push_back("the original runs as " + *facts.user + "; the runtime runs as its nonroot user (uid " +
                    uid + ") instead");
  }
  if (nonroot && runs_as_root(facts)) {
    notes.push_back("runs as nonroot (uid " + std::to_string(catalog.nonroot_uid()) +
                    ") instead of root; the application directory is owned by it (--root keeps root)");
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
  runtime.plan_workdir = facts.workdir;
  runtime.nonroot = nonroot;
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
