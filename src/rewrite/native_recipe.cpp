// Compiled stacks and prebuilt binaries: the runtime gets the one executable the command starts (located by
// following the RUN commands that wrote it), plus asset directories and mkdir'd directories. Go without cgo
// and statically linked C/Rust go to `static`; Go with cgo to `base`; C++, Rust and unknown binaries to `cc`.
#include <algorithm>
#include <set>

#include "core/text.h"
#include "rewrite/binary_location.h"
#include "rewrite/context_data.h"
#include "rewrite/packages.h"
#include "rewrite/plan.h"
#include "syntax/shell/inline_script.h"

namespace distill::rewrite {

namespace {

bool builds_code(const StageFacts& facts) {
  for (const auto& run : facts.commands) {
    std::string name(run.command.basename());
    if (is_compiler(name) || name == "make" || name == "cmake" || name == "ninja" || name == "meson" ||
        name == "go" || name == "cargo") {
      return true;
    }
  }
  return false;
}

// A RUN that executes a script (RUN ./install.sh, bash setup.sh, curl … | sh) may install anything: programs,
// libraries, users. On a plain OS image nothing else says what the program needs, so that is a refusal.
const RunCommand* opaque_script(const StageFacts& facts) {
  for (const auto& run : facts.commands) {
    const auto& command = run.command;
    std::string name(command.basename());
    if (name.ends_with(".sh")) return &run;
    if (!syntax::shell::is_shell(name) || command.has_flag("c")) continue;
    auto operands = command.args_without_flags();
    if (operands.empty() || operands.front().value().ends_with(".sh") ||
        operands.front().value().find('/') != std::string::npos) {
      return &run;  // a script file, or a script read from a pipe
    }
  }
  return nullptr;
}

bool static_link_requested(const PlanContext& context) {
  for (const auto& run : context.facts.commands) {
    for (const auto& arg : run.command.args) {
      const std::string& value = arg.value();
      if (value == "-static" || value.find("crt-static") != std::string::npos ||
          value.find("-linux-musl") != std::string::npos ||
          value.find("-extldflags=-static") != std::string::npos ||
          value.find("-extldflags '-static'") != std::string::npos) {
        return true;
      }
    }
  }
  for (const char* name : {"RUSTFLAGS", "LDFLAGS", "CARGO_BUILD_TARGET"}) {
    const auto* setting = context.facts.find_env(name);
    if (setting && (setting->value.find("static") != std::string::npos ||
                    setting->value.find("musl") != std::string::npos)) {
      return true;
    }
  }
  return false;
}

// golang:*-alpine ships no C compiler: unless the build installs one, cgo cannot have run and the Go linker
// produced a static binary (Go 1.20+ also turns cgo off by itself when no compiler is found).
bool alpine_without_compiler(const PlanContext& context) {
  if (!context.base.alpine) return false;
  for (const auto& name : context.facts.apk_packages) {
    if (name == "gcc" || name == "build-base" || name == "musl-dev" || name == "alpine-sdk" ||
        name == "clang" || name.find('$') != std::string::npos) {
      return false;
    }
  }
  return true;
}

bool cgo_disabled(const PlanContext& context) {
  if (const auto* setting = context.facts.find_env("CGO_ENABLED")) return setting->value == "0";
  if (alpine_without_compiler(context)) return true;
  auto builds = context.facts.invocations("go");
  if (builds.empty()) return false;
  for (const auto* run : builds) {
    if (run->command.subcommand() != "build" && run->command.subcommand() != "install") continue;
    bool disabled = false;
    for (const auto& [name, value] : run->command.assignments) {
      if (name == "CGO_ENABLED" && value.is("0")) disabled = true;
    }
    if (!disabled) return false;
  }
  return true;
}

bool under(const std::string& path, const std::string& dir) {
  return dir == "/" || path == dir ||
         (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/');
}

void add_copy(RuntimePlan& plan, const std::string& path, bool writable) {
  for (const auto& step : plan.copies) {
    if (under(path, step.path)) return;  // already inside a copied directory
  }
  std::erase_if(plan.copies, [&](const CopyStep& step) { return under(step.path, path); });
  plan.copies.push_back({path, writable, ""});
}

std::string trimmed_basename(std::string name) {
  while (name.size() > 1 && name.ends_with('/')) name.pop_back();
  return basename_of(name);
}

void copy_assets(const PlanContext& context, RuntimePlan& plan) {
  // Directories a server reads at run time by convention; source code stays in the builder.
  static const std::set<std::string, std::less<>> kAssets = {
      "templates",  "static",    "public",  "assets", "web", "views", "config", "configs",
      "migrations", "resources", "locales", "i18n",   "www", "html",  "data"};
  for (const auto& copied : context.facts.copies) {
    // COPY templates/ ./templates/ puts the directory's contents at the destination, so the destination is
    // what the program opens; with several sources the contents merge and only a named destination helps.
    bool named = kAssets.contains(trimmed_basename(copied.destination));
    if (!named && copied.sources.size() == 1)
      named = kAssets.contains(trimmed_basename(copied.sources.front()));
    if (named && copied.destination != context.facts.workdir && copied.destination != "/")
      add_copy(plan, copied.destination, false);
  }
  for (const auto& dir : context.facts.created_directories) {
    if (!dir.starts_with("/tmp") && !dir.starts_with("/usr/") && !dir.starts_with("/var/cache")) {
      add_copy(plan, dir, context.nonroot);
    }
  }
}

// Files the command line names (--config /etc/app/config.yaml, -c conf/app.toml) that a COPY put in the
// image: the program opens them at run time. A path under a copied directory counts only when the build
// context has that file, so a word that merely looks like a path never becomes a COPY that fails.
void copy_named_files(const PlanContext& context, RuntimePlan& plan) {
  auto argv = context.process.argv();
  for (size_t i = 1; i < argv.size(); ++i) {
    std::string value = argv[i].text;
    if (value.starts_with("-")) {
      size_t equals = value.find('=');
      if (equals == std::string::npos) continue;
      value = value.substr(equals + 1);
    }
    if (value.empty() || value.find("://") != std::string::npos || value.find('$') != std::string::npos)
      continue;
    std::string path = absolute_path(context.facts.workdir, value);
    for (const auto& copied : context.facts.copies) {
      if (path == copied.destination && !copied.directory) {
        add_copy(plan, path, false);
        continue;
      }
      if (copied.from_stage || path == copied.destination || !under(path, copied.destination)) continue;
      std::string relative = path.substr(copied.destination == "/" ? 1 : copied.destination.size() + 1);
      for (std::string source : copied.sources) {
        while (source.starts_with("./")) source = source.substr(2);
        while (source.size() > 1 && source.ends_with('/')) source.pop_back();
        // A directory's contents land in the destination; a file lands there under its own name.
        bool found =
            context.context.read(source.empty() || source == "." ? relative : source + "/" + relative) ||
            (relative == basename_of(source) && context.context.read(source));
        if (found) add_copy(plan, path, false);
      }
    }
  }
}

}  // namespace

bool plan_native(const PlanContext& context, RuntimePlan& plan) {
  Stack stack = context.base.stack;
  const auto* where = context.facts.cmd ? context.facts.cmd : context.facts.entrypoint;
  if (context.base.alpine && stack != Stack::kGo) {
    context.refuse(
        "musl-builder",
        context.base.ref.text + " is Alpine (musl); its binaries do not run on the glibc distroless runtimes",
        context.facts.stage->from().range);
    return false;
  }
  auto argv = context.process.argv();
  const std::string& program = argv.front().text;
  if (program.ends_with(".sh") || basename_of(program) == "sh" || basename_of(program) == "bash") {
    context.refuse(
        "entrypoint-script",
        "the command starts the shell script " + program + "; the distroless runtime has no shell to run it",
        where->range);
    return false;
  }
  if (stack == Stack::kBinary && !builds_code(context.facts)) {
    if (const auto* run = opaque_script(context.facts)) {
      const auto& in = context.facts.stage->instructions[run->instruction_index];
      bool piped = run->command.args_without_flags().empty();
      context.refuse(
          "opaque-install",
          (piped ? "RUN … | " + run->command.name.raw + " (an installer piped into a shell)"
                 : "RUN " + run->command.name.raw) +
              " may install anything (programs, libraries, users); none of it can be traced into a "
              "distroless runtime",
          in.range);
      return false;
    }
  }
  auto binary = locate_binary(context, program);
  if (!binary) {
    const auto& packages = context.facts.apt_packages;
    if (std::find(packages.begin(), packages.end(), basename_of(program)) != packages.end()) {
      context.refuse("os-package-binary",
                     program + " comes from the Debian package " + basename_of(program) +
                         "; a package's files, libraries and maintainer scripts cannot be carried to a "
                         "distroless runtime, which cannot install packages",
                     where->range);
      return false;
    }
    context.refuse("unknown-command",
                   "cannot tell where the build puts " + program +
                       " (it is not written by go build -o, cargo install, cp, curl -o, or COPY)",
                   where->range);
    return false;
  }
  RuntimeKind kind = RuntimeKind::kCc;
  if (stack == Stack::kGo) {
    kind = cgo_disabled(context) ? RuntimeKind::kStatic : RuntimeKind::kGlibc;
    if (context.base.alpine && kind != RuntimeKind::kStatic) {
      context.refuse("musl-builder", context.base.ref.text + " is Alpine (musl) and cgo is not disabled",
                     context.facts.stage->from().range);
      return false;
    }
  } else if (static_link_requested(context)) {
    kind = RuntimeKind::kStatic;
  }
  // A static binary runs on any suite, so its builder is left as written; dynamic ones need a builder whose
  // glibc is no newer than the runtime's. debian:12 / ubuntu:22.04 already name their suite.
  bool pin = kind != RuntimeKind::kStatic && stack != Stack::kBinary;
  if (!choose_native_runtime(context, kind, pin, plan)) return false;
  if (!check_packages(context, kind)) return false;
  add_copy(plan, *binary, false);
  if (stack == Stack::kBinary) {
    // No compiler ran: everything COPY/ADD put in the image is what the program reads (config, data).
    copy_application_files(context, plan);
    if (!context.refusals.empty()) return false;
  } else {
    copy_assets(context, plan);
    copy_named_files(context, plan);
    // `COPY . .` brought data files (corpus.txt, config.yaml, templates/) along with the sources.
    for (const auto& path : context_data_paths(context)) add_copy(plan, path, false);
  }
  // The executable at its absolute path: the runtime's PATH has neither /go/bin nor /usr/local/cargo/bin.
  std::vector<std::string> entrypoint = texts(context.process.entrypoint);
  std::vector<std::string> cmd = texts(context.process.cmd);
  if (!entrypoint.empty()) {
    entrypoint.front() = *binary;
    plan.entrypoint = entrypoint;
    if (context.process.has_cmd) plan.cmd = cmd;
  } else {
    cmd.front() = *binary;
    plan.cmd = cmd;
  }
  return true;
}

}  // namespace distill::rewrite
