#include "rewrite/runtime_checks.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "rewrite/base_image.h"
#include "rewrite/carried_env.h"

namespace distill::rewrite {

// ENV PATH naming a directory the runtime does not get (PATH=/google-cloud-sdk/bin:$PATH): an interpreted
// application may run programs from it. Directories inside what is copied (node_modules/.bin, a venv whose
// packages are copied) are fine.
std::optional<Refusal> uncopied_path_entry(const StageFacts& facts, const RuntimePlan& plan) {
  const auto* path = facts.find_env("PATH");
  if (!path) return std::nullopt;
  for (std::string_view piece : core::split(path->value, ':')) {
    std::string entry(piece);
    while (entry.size() > 1 && entry.ends_with('/')) entry.pop_back();
    if (entry.empty() || is_system_bin_dir(entry)) continue;
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

std::optional<Refusal> other_python_paths(const StageFacts& facts, std::string_view version) {
  const auto& source = facts.file->source();
  const auto& instructions = facts.stage->instructions;
  for (size_t i = 1; i < instructions.size(); ++i) {
    std::string_view text = source.slice(instructions[i].range);
    for (size_t at = text.find("python3."); at != std::string_view::npos;
         at = text.find("python3.", at + 1)) {
      size_t end = at + 8;
      while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
      if (end == at + 8) continue;  // python3.x without a minor number: not a versioned path
      std::string_view named = text.substr(at + 6, end - at - 6);
      if (named == version) continue;
      return Refusal{"version-bound-path",
                     "line " + std::to_string(source.position(instructions[i].range.begin).line) +
                         " names python" + std::string(named) + ", but the builder and runtime use Python " +
                         std::string(version) + ": those paths would not exist",
                     instructions[i].range};
    }
  }
  return std::nullopt;
}

}  // namespace distill::rewrite
