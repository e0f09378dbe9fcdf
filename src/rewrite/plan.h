// The runtime stage a recipe decided on, before it is written out: image, files to copy from the builder,
// environment, and the exec-form command. Shared by every stack's recipe and the emitter.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rewrite/base_image.h"
#include "rewrite/build_context.h"
#include "rewrite/catalog.h"
#include "rewrite/options.h"
#include "rewrite/outcome.h"
#include "rewrite/process.h"
#include "rewrite/stage_facts.h"

namespace distill::rewrite {

struct CopyStep {
  // A constructor (not aggregate init) so recipes may leave out the rarely used destination.
  CopyStep(std::string path_in, bool writable_in = false, std::string destination_in = "")
      : path(std::move(path_in)), writable(writable_in), destination(std::move(destination_in)) {}

  std::string path;         // absolute in the builder; copied to the same path (venvs and shebangs need that)
  bool writable = false;    // the app may write here: owned by the runtime user
  std::string destination;  // "" = `path`; set only for relocatable content the runtime user cannot reach
};

struct RuntimePlan {
  std::string builder_reference;  // "" keeps the FROM image as written
  // RUN lines appended to the builder stage, to gather what the runtime copies (e.g. an npm bin link, which
  // COPY would dereference if copied on its own).
  std::vector<std::string> builder_runs;
  Runtime runtime;
  std::vector<CopyStep> copies;
  // Library packages (libpq-dev, libpq5) whose shared objects the runtime lacks: gathered in the builder.
  std::vector<std::string> native_library_packages;
  bool gather_native_libraries = false;  // the copied directories hold native code (Tomcat Native)
  std::vector<std::pair<std::string, std::string>> env;  // set after the carried ENV (PYTHONPATH, …)
  std::optional<std::vector<std::string>> entrypoint;    // ENTRYPOINT to emit (nullopt: the image's own)
  std::optional<std::vector<std::string>> cmd;
};

// Everything a recipe reads, and where it reports.
struct PlanContext {
  const Catalog& catalog;
  const RewriteOptions& options;
  const StageFacts& facts;
  const BaseImage& base;
  const Process& process;
  const BuildContext& context;
  bool nonroot = true;
  std::vector<Refusal>& refusals;
  std::vector<std::string>& notes;

  void refuse(std::string code, std::string message,
              std::optional<core::ByteRange> where = std::nullopt) const {
    refusals.push_back({std::move(code), std::move(message), where});
  }
  void note(std::string text) const { notes.push_back(std::move(text)); }
};

// Each returns false (with refusals) when its stack cannot be rewritten safely.
bool plan_python(const PlanContext& context, RuntimePlan& plan);
bool plan_node(const PlanContext& context, RuntimePlan& plan);
bool plan_java(const PlanContext& context, RuntimePlan& plan);
bool plan_native(const PlanContext& context, RuntimePlan& plan);  // Go, Rust, C/C++, prebuilt binaries

// The language runtime for the base image's version (upgrading only with --allow-upgrade); sets
// plan.runtime and plan.builder_reference. `language` names it in messages ("Python").
bool choose_language_runtime(const PlanContext& context, RuntimeKind kind, const std::string& language,
                             RuntimePlan& plan);
// A native runtime (static, base, cc) on the builder's suite, pinning the builder when it floats.
bool choose_native_runtime(const PlanContext& context, RuntimeKind kind, bool pin_builder, RuntimePlan& plan);

// The files a program started in the working directory reads: what COPY/ADD put there, mkdir'd directories.
void copy_application_files(const PlanContext& context, RuntimePlan& plan);
// Command translation shared by interpreted stacks: argv[0] (the interpreter, or a launcher such as gunicorn)
// is replaced by the runtime's ENTRYPOINT followed by `head` (e.g. {"-m", "gunicorn"}).
void set_interpreted_command(const PlanContext& context, const std::vector<std::string>& head,
                             RuntimePlan& plan);

}  // namespace distill::rewrite
