#include "rewrite/build_inputs.h"

#include <set>

namespace distill::rewrite {

namespace {

bool inside(const std::string& candidate, const std::string& path) {
  return candidate == path ||
         (candidate.starts_with(path) && candidate.size() > path.size() && candidate[path.size()] == '/');
}

bool names(const std::string& workdir, const std::string& text, const std::string& path) {
  if (text.empty() || text.find("://") != std::string::npos) return false;
  std::string value = text;
  // --find-links=/wheels, -r/tmp/requirements.txt
  if (size_t equals = value.find('='); value.starts_with("-") && equals != std::string::npos) {
    value = value.substr(equals + 1);
  } else if (value.starts_with("-")) {
    return false;
  }
  if (value.starts_with("file:")) value = value.substr(5);
  return inside(absolute_path(workdir, value), path);
}

// Commands that read their inputs once, at build time: installers, unpackers, compilers, shells given a
// script.
bool consumer(const syntax::shell::Command& command) {
  static const std::set<std::string, std::less<>> kConsumers = {
      "pip",  "pip3",  "uv",    "poetry", "pipenv", "npm",      "yarn",        "pnpm",  "apt-get", "apt",
      "dpkg", "apk",   "sh",    "bash",   "source", ".",        "tar",         "unzip", "make",    "cmake",
      "go",   "cargo", "mvn",   "gradle", "javac",  "gcc",      "g++",         "cc",    "rpm",     "yum",
      "dnf",  "conda", "mamba", "gem",    "bundle", "composer", "easy_install"};
  std::string name(command.basename());
  if (kConsumers.contains(name) || name.starts_with("pip3.")) return true;
  bool python = name == "python" || name == "python3" || name.starts_with("python3.");
  return python && command.args.size() >= 2 && command.args[0].is("-m") && command.args[1].is("pip");
}

}  // namespace

bool consumed_by_build(const StageFacts& facts, const std::string& path) {
  for (const auto& run : facts.commands) {
    if (names(run.workdir, run.command.name.value(), path)) return true;  // RUN /tmp/install.sh
    if (!consumer(run.command)) continue;
    for (const auto& arg : run.command.args) {
      if (arg.literal && names(run.workdir, *arg.literal, path)) return true;
    }
  }
  return false;
}

}  // namespace distill::rewrite
