#include "rewrite/binary_location.h"

#include <algorithm>

#include "core/text.h"

namespace distill::rewrite {

std::string basename_of(const std::string& path) {
  return path.substr(path.rfind('/') + 1);
}

bool is_compiler(const std::string& name) {
  return name == "gcc" || name == "g++" || name == "cc" || name == "c++" || name == "clang" ||
         name == "clang++" || name.starts_with("gcc-") || name.starts_with("g++-");
}

namespace {

// `make install` / `cmake --install` / `ninja install` put programs under PREFIX/bin; PREFIX is what the
// Makefile in the build context assigns (`PREFIX ?= /opt/x`), or what ./configure / cmake were given, or the
// convention both follow, /usr/local.
std::optional<std::string> install_prefix(const PlanContext& context) {
  bool installs = false;
  std::string prefix = "/usr/local";
  for (const auto& run : context.facts.commands) {
    const auto& command = run.command;
    std::string name(command.basename());
    if ((name == "make" || name == "ninja") && command.has_arg("install")) installs = true;
    if (name == "cmake" && command.has_flag("install")) installs = true;
    if (name == "configure" || command.name.value().ends_with("/configure")) {
      if (auto value = command.flag_value("prefix")) prefix = *value;
    }
    for (const auto& arg : command.args) {
      const std::string& text = arg.value();
      for (std::string_view key : {"-DCMAKE_INSTALL_PREFIX=", "PREFIX=", "prefix="}) {
        if (text.starts_with(key)) prefix = text.substr(key.size());
      }
    }
  }
  if (!installs) return std::nullopt;
  if (auto makefile = context.context.read("Makefile")) {
    for (std::string_view line : core::split(*makefile, '\n')) {
      for (std::string_view key : {"PREFIX", "prefix"}) {
        if (!line.starts_with(key)) continue;
        std::string_view rest = line.substr(key.size());
        size_t equals = rest.find('=');
        if (equals == std::string_view::npos ||
            rest.substr(0, equals).find_first_not_of(" \t?:") != std::string_view::npos)
          continue;
        std::string_view value = rest.substr(equals + 1);
        size_t first = value.find_first_not_of(" \t");
        if (first != std::string_view::npos && value[first] == '/') prefix = std::string(value.substr(first));
      }
    }
  }
  while (prefix.size() > 1 && (prefix.ends_with('/') || prefix.ends_with(' '))) prefix.pop_back();
  return prefix;
}

}  // namespace

// Where a bare command name was written by the build, or nullopt. Later writes win, as in the image; a tar
// extraction that does not list its members is only a guess, used when nothing else wrote the name.
std::optional<std::string> locate_binary(const PlanContext& context, const std::string& program) {
  const StageFacts& facts = context.facts;
  // A path names one file (matched whole); a bare name is whatever file of that name the build wrote.
  bool is_path = program.find('/') != std::string::npos;
  std::string wanted = is_path ? absolute_path(facts.workdir, program) : program;
  std::optional<std::string> found;
  std::optional<std::string> extracted;
  auto consider = [&](const std::string& path) {
    if ((is_path ? path : basename_of(path)) == wanted) found = path;
  };
  for (const auto& run : facts.commands) {
    const auto& command = run.command;
    std::string name(command.basename());
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
    } else if (is_compiler(name)) {
      if (auto out = command.flag_value("o")) consider(absolute_path(run.workdir, *out));
    } else if (name == "curl" || name == "wget") {
      // A downloaded release binary: curl -o PATH, wget -O PATH.
      auto out = command.flag_value(name == "curl" ? "o" : "O");
      if (!out && name == "curl") out = command.flag_value("output");
      if (!out && name == "wget") out = command.flag_value("output-document");
      if (out && *out != "-") consider(absolute_path(run.workdir, *out));
    } else if (name == "tar") {
      auto dir = command.flag_value("C");
      if (!dir) dir = command.flag_value("directory");
      std::string target = absolute_path(run.workdir, dir.value_or("."));
      bool listed = false;
      for (const auto& operand : command.args_without_flags()) {
        if (operand.literal && basename_of(*operand.literal) == program) {
          consider(absolute_path(target, *operand.literal));
          listed = true;
        }
      }
      if (!listed && dir && !is_path) extracted = target + "/" + program;
      if (!listed && dir && is_path && wanted.starts_with(target + "/")) extracted = wanted;
    } else if (name == "chmod") {
      // chmod +x PATH marks the file the image runs.
      for (const auto& operand : command.args_without_flags()) {
        if (operand.literal) consider(absolute_path(run.workdir, *operand.literal));
      }
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
    if (!copied.directory) consider(copied.destination);
    for (const auto& source : copied.sources) {
      if (copied.directory) consider(copied.destination + "/" + basename_of(source));
    }
    // COPY bin/ /usr/local/bin/ copies a directory's contents: any file below the destination may be it
    // (named files copied into a directory were matched by name above).
    bool copies_directory =
        std::any_of(copied.sources.begin(), copied.sources.end(), [](const std::string& source) {
          return source.ends_with("/") || source == "." || source.ends_with("/.");
        });
    if (is_path && copies_directory && wanted.starts_with(copied.destination + "/") && !found)
      extracted = wanted;
  }
  if (found) return found;
  if (extracted) return extracted;
  if (auto prefix = install_prefix(context); prefix && !is_path) return *prefix + "/bin/" + program;
  // A compiler or build tool writes paths nobody spells out (make, cmake --build): trust a path it could
  // have produced, but not on a plain OS image, where anything may have put it there.
  if (is_path && context.base.stack != Stack::kBinary) return wanted;
  return std::nullopt;
}

}  // namespace distill::rewrite
