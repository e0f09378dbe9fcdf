// Compiled stacks and prebuilt binaries: the runtime gets the one executable the command starts (located by
// following the RUN commands that wrote it), plus asset directories and mkdir'd directories. Go without cgo
// and statically linked C/Rust go to `static`; Go with cgo to `base`; C++, Rust and unknown binaries to `cc`.
#include <set>

#include "rewrite/packages.h"
#include "rewrite/plan.h"

namespace distill::rewrite {

namespace {

std::string basename_of(const std::string& path) {
  return path.substr(path.rfind('/') + 1);
}

// Where a bare command name was written by the build, or nullopt.
std::optional<std::string> locate_binary(const PlanContext& context, const std::string& program) {
  const StageFacts& facts = context.facts;
  if (program.starts_with("/")) return program;
  if (program.find('/') != std::string::npos) return absolute_path(facts.workdir, program);
  std::optional<std::string> found;
  auto consider = [&](const std::string& path) {
    if (basename_of(path) == program) found = path;
  };
  for (const auto& run : facts.commands) {
    const auto& command = run.command;
    std::string name = command.basename();
    if (name == "go" && command.subcommand() == "build") {
      if (auto out = command.flag_value("o")) {
        std::string path = absolute_path(run.workdir, *out);
        consider(out->ends_with("/") ? path + "/" + program : path);
      }
    } else if (name == "go" && command.subcommand() == "install") {
      const auto* gobin = facts.find_env("GOBIN");
      consider((gobin ? gobin->value : std::string("/go/bin")) + "/" + program);
    } else if (name == "cargo" && command.subcommand() == "install") {
      if (auto root = command.flag_value("root")) {
        consider(absolute_path(run.workdir, *root) + "/bin/" + program);
      } else {
        const auto* home = facts.find_env("CARGO_HOME");
        consider((home ? home->value : std::string("/usr/local/cargo")) + "/bin/" + program);
      }
    } else if (name == "gcc" || name == "g++" || name == "cc" || name == "c++" || name == "clang" ||
               name == "clang++" || name.starts_with("gcc-") || name.starts_with("g++-")) {
      if (auto out = command.flag_value("o")) consider(absolute_path(run.workdir, *out));
    } else if (name == "cp" || name == "mv" || name == "install" || name == "ln") {
      auto operands = command.args_without_flags();
      if (operands.size() < 2 || !operands.back().literal) continue;
      std::string target = absolute_path(run.workdir, *operands.back().literal);
      for (size_t i = 0; i + 1 < operands.size(); ++i) {
        std::string source = basename_of(operands[i].value());
        if (source == program) consider(target + "/" + program);
      }
      consider(target);
    }
  }
  for (const auto& copied : facts.copies) {
    if (!copied.directory && basename_of(copied.destination) == program) found = copied.destination;
    for (const auto& source : copied.sources) {
      if (copied.directory && basename_of(source) == program) found = copied.destination + "/" + program;
    }
  }
  return found;
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

bool cgo_disabled(const PlanContext& context) {
  if (const auto* setting = context.facts.find_env("CGO_ENABLED")) return setting->value == "0";
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

void copy_assets(const PlanContext& context, RuntimePlan& plan) {
  // Directories a server reads at run time by convention; source code stays in the builder.
  static const std::set<std::string, std::less<>> kAssets = {
      "templates",  "static",    "public",  "assets", "web", "views", "config", "configs",
      "migrations", "resources", "locales", "i18n",   "www", "html",  "data"};
  for (const auto& copied : context.facts.copies) {
    for (const auto& source : copied.sources) {
      std::string name = source;
      while (name.size() > 1 && name.ends_with('/')) name.pop_back();
      name = basename_of(name);
      if (!kAssets.contains(name)) continue;
      std::string path = copied.directory || copied.sources.size() > 1 ? copied.destination + "/" + name
                                                                       : copied.destination;
      plan.copies.push_back({path, false});
    }
  }
  for (const auto& dir : context.facts.created_directories) {
    if (!dir.starts_with("/tmp") && !dir.starts_with("/usr/") && !dir.starts_with("/var/cache")) {
      plan.copies.push_back({dir, context.nonroot});
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
  auto binary = locate_binary(context, program);
  if (!binary) {
    context.refuse("unknown-command",
                   "cannot tell where the build puts " + program +
                       " (it is not written by go build -o, cargo install, cp, or COPY)",
                   where->range);
    return false;
  }
  RuntimeKind kind = RuntimeKind::kCc;
  bool pin = true;
  if (stack == Stack::kGo) {
    kind = cgo_disabled(context) ? RuntimeKind::kStatic : RuntimeKind::kGlibc;
    pin = kind != RuntimeKind::kStatic;  // a static binary runs on any suite
    if (context.base.alpine && kind != RuntimeKind::kStatic) {
      context.refuse("musl-builder", context.base.ref.text + " is Alpine (musl) and cgo is not disabled",
                     context.facts.stage->from().range);
      return false;
    }
  } else if (static_link_requested(context)) {
    kind = RuntimeKind::kStatic;
  } else if (stack == Stack::kC) {
    kind = RuntimeKind::kCc;
  }
  if (stack == Stack::kBinary) pin = false;  // debian:12 / ubuntu:22.04 already name their suite
  if (!choose_native_runtime(context, kind, pin, plan)) return false;
  if (!check_packages(context, kind)) return false;
  plan.copies.push_back({*binary, false});
  copy_assets(context, plan);
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
