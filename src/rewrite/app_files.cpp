// Which builder paths the runtime needs. The working directory is where the application lives in nearly
// every Dockerfile; files COPY'd elsewhere are added one by one, and system directories are never copied
// wholesale (that would bring the builder's toolchain along).
#include <algorithm>

#include "rewrite/build_inputs.h"
#include "rewrite/plan.h"

namespace distill::rewrite {

namespace {

bool under(const std::string& path, const std::string& dir) {
  return dir == "/" || path == dir ||
         (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/');
}

bool scratch_path(const std::string& path) {
  for (const char* dir :
       {"/tmp", "/var/tmp", "/etc/apt", "/var/cache", "/var/lib/apt", "/root/.cache", "/usr/src"}) {
    if (under(path, dir)) return true;
  }
  return false;
}

bool system_directory(const std::string& path) {
  for (const char* dir :
       {"/", "/usr", "/usr/local", "/usr/local/bin", "/usr/bin", "/bin", "/sbin", "/usr/sbin", "/etc", "/opt",
        "/srv", "/home", "/root", "/usr/lib", "/lib", "/var", "/usr/share"}) {
    if (path == dir) return true;
  }
  return false;
}

// Package managers copied in from their images (COPY --from=ghcr.io/astral-sh/uv /uv /bin/) only install;
// nothing in the runtime runs them.
bool build_tool(const std::string& name) {
  for (const char* tool :
       {"uv", "uvx", "poetry", "pdm", "pipenv", "pip", "pip3", "npm", "npx", "yarn", "pnpm", "corepack"}) {
    if (name == tool) return true;
  }
  return false;
}

std::string source_basename(const std::string& source) {
  std::string trimmed = source;
  while (trimmed.size() > 1 && trimmed.ends_with('/')) trimmed.pop_back();
  size_t query = trimmed.find_first_of("?#");
  if (trimmed.find("://") != std::string::npos && query != std::string::npos) trimmed.resize(query);
  size_t slash = trimmed.rfind('/');
  return slash == std::string::npos ? trimmed : trimmed.substr(slash + 1);
}

void add_copy(RuntimePlan& plan, const std::string& path, bool writable) {
  for (auto& step : plan.copies) {
    if (under(path, step.path)) return;  // already inside a copied directory
  }
  std::erase_if(plan.copies, [&](const CopyStep& step) { return under(step.path, path); });
  plan.copies.push_back({path, writable});
}

}  // namespace

void copy_application_files(const PlanContext& context, RuntimePlan& plan) {
  const StageFacts& facts = context.facts;
  bool has_workdir = facts.workdir != "/";
  if (has_workdir) add_copy(plan, facts.workdir, context.nonroot);
  for (const auto& copied : facts.copies) {
    const std::string& destination = copied.destination;
    if (scratch_path(destination) || (has_workdir && under(destination, facts.workdir))) continue;
    if (consumed_by_build(facts, destination)) continue;  // a wheel dir, an install script
    if (!copied.directory && !system_directory(destination)) {
      add_copy(plan, destination, false);
      continue;
    }
    if (!system_directory(destination)) {
      add_copy(plan, destination, context.nonroot);
      continue;
    }
    // COPY app.py / or COPY a b /usr/local/bin/: copy what was named, never the system directory.
    for (const auto& source : copied.sources) {
      std::string name = source_basename(source);
      bool unknown = name.empty() || name == "." || name == ".." ||
                     name.find_first_of("*?[") != std::string::npos || source.starts_with("<<");
      if (unknown) {
        context.refuse(
            "copy-into-system-dir",
            copied.instruction->keyword + " " + source + " into " + destination +
                " mixes the application with the system; cannot tell which files the runtime needs",
            copied.instruction->range);
        return;
      }
      if (!build_tool(name)) add_copy(plan, absolute_path(destination, name), false);
    }
  }
  for (const auto& dir : facts.created_directories) {
    if (!scratch_path(dir) && !system_directory(dir)) add_copy(plan, dir, context.nonroot);
  }
  std::sort(plan.copies.begin(), plan.copies.end(),
            [](const CopyStep& a, const CopyStep& b) { return a.path < b.path; });
}

void set_interpreted_command(const PlanContext& context, const std::vector<std::string>& head,
                             RuntimePlan& plan) {
  const Process& process = context.process;
  const auto& runtime_entrypoint = plan.runtime.entrypoint;
  if (process.has_entrypoint) {
    std::vector<std::string> entrypoint = runtime_entrypoint;
    entrypoint.insert(entrypoint.end(), head.begin(), head.end());
    for (size_t i = 1; i < process.entrypoint.size(); ++i) entrypoint.push_back(process.entrypoint[i].text);
    if (entrypoint != runtime_entrypoint) plan.entrypoint = entrypoint;
    // ENTRYPOINT resets an inherited CMD, so the stage's own CMD is re-declared next to it.
    if (process.has_cmd) plan.cmd = texts(process.cmd);
    return;
  }
  std::vector<std::string> cmd = head;
  for (size_t i = 1; i < process.cmd.size(); ++i) cmd.push_back(process.cmd[i].text);
  plan.cmd = cmd;
}

}  // namespace distill::rewrite
