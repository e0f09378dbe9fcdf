// Node: the runtime has only /nodejs/bin/node (no npm, npx, yarn, corepack, no shell), so `npm start` and
// `yarn start` are resolved through package.json to the `node FILE` they run, and anything else is refused.
#include <optional>
#include <string>

#include "rewrite/packages.h"
#include "rewrite/plan.h"

namespace distill::rewrite {

namespace {

bool is_node(const std::string& word) {
  std::string name = word.substr(word.rfind('/') + 1);
  return name == "node" || name == "nodejs";
}

bool is_package_manager(const std::string& word) {
  std::string name = word.substr(word.rfind('/') + 1);
  return name == "npm" || name == "yarn" || name == "pnpm";
}

// "npm start" / "npm run serve" / "yarn start" / "pnpm run start": the script name, or "" when the command is
// something else.
std::string script_name(const std::vector<ProcessArg>& argv) {
  if (argv.size() < 2) return "";
  const std::string& verb = argv[1].text;
  if (verb == "start" || verb == "test") return argv.size() == 2 ? verb : "";
  if ((verb == "run" || verb == "run-script") && argv.size() == 3) return argv[2].text;
  if (argv[0].text.ends_with("yarn") && argv.size() == 2) return verb;  // yarn serve
  return "";
}

// Whether a COPY put a package.json at `directory` (`COPY package.json /app/package.json`, `COPY
// package*.json /app/`, `COPY . /app`).
bool copies_package_json(const StageFacts& facts, const std::string& directory) {
  for (const auto& copy : facts.copies) {
    if (copy.from_stage) continue;
    if (copy.destination == directory + "/package.json") return true;
    if (!copy.directory && copy.sources.size() != 1) continue;
    if (copy.destination != directory) continue;
    for (const auto& source : copy.sources) {
      std::string name = source.substr(source.rfind('/') + 1);
      if (name == "package.json" || name == "package*.json" || name == "." || name.empty()) return true;
    }
  }
  return false;
}

// `program` when it names a JavaScript file inside the application directory (by extension, as an npm bin
// link, or by a node #! line in the build context), else nullopt.
std::optional<std::string> javascript_program(const PlanContext& context, const std::string& program) {
  if (program.find('/') == std::string::npos || program.ends_with(".sh")) return std::nullopt;
  const std::string& workdir = context.facts.workdir;
  std::string path = absolute_path(workdir, program);
  if (workdir == "/" || !(path.starts_with(workdir + "/"))) return std::nullopt;
  for (const char* extension : {".js", ".mjs", ".cjs"}) {
    if (path.ends_with(extension)) return program;
  }
  if (path.find("/node_modules/.bin/") != std::string::npos) return program;
  // `COPY . .` put the build context at the working directory: the file's first line tells.
  auto text = context.context.read(path.substr(workdir.size() + 1));
  if (text) {
    if (text->starts_with("#!") && text->substr(0, text->find('\n')).find("node") != std::string::npos)
      return program;
    return std::nullopt;
  }
  // Without the file: `<package>/bin/<name>` next to a copied `<package>/package.json` is the package's bin
  // entry, which npm requires to be a node script.
  size_t slash = path.rfind('/');
  std::string directory = path.substr(0, slash);
  if (path.find('.', slash) == std::string::npos && directory.ends_with("/bin") &&
      copies_package_json(context.facts, directory.substr(0, directory.size() - 4))) {
    context.note(program + " is taken for the bin script of the package copied to " +
                 directory.substr(0, directory.size() - 4) +
                 " (pass --context to read its #! line; a bin that is not JavaScript would fail: check with "
                 "--verify)");
    return program;
  }
  return std::nullopt;
}

// The package name in an npm install spec: "http-server@14" -> "http-server", "@scope/cli@1" -> "@scope/cli";
// "" for paths, URLs, tarballs and git specs, whose name only their package.json knows.
std::string npm_package_name(std::string spec) {
  if (spec.find(':') != std::string::npos || spec.starts_with('.') || spec.starts_with('/') ||
      spec.ends_with(".tgz") || spec.ends_with(".tar.gz"))
    return "";
  size_t version = spec.find('@', spec.starts_with('@') ? 1 : 0);
  std::string name = spec.substr(0, version);
  size_t slash = name.find('/');
  if (slash != std::string::npos &&
      (!name.starts_with('@') || name.find('/', slash + 1) != std::string::npos))
    return "";  // github shorthand (user/repo), not a registry package
  return name;
}

// `program` (bare, or under /usr/local/bin) when it is the command of a package the stage installed with
// `npm install -g`: the official node images link global bins from /usr/local/bin into
// /usr/local/lib/node_modules. Matched by name (the package's own name, without its scope), since the bin
// names sit in the package's package.json, which is not in the build context.
std::optional<std::string> global_npm_command(const PlanContext& context, const std::string& program) {
  std::string name = program.starts_with("/usr/local/bin/") ? program.substr(15) : program;
  if (name.empty() || name.find('/') != std::string::npos) return std::nullopt;
  // Another prefix moves both directories.
  for (const char* prefix : {"NPM_CONFIG_PREFIX", "npm_config_prefix"}) {
    if (context.facts.find_env(prefix)) return std::nullopt;
  }
  for (const RunCommand* run : context.facts.invocations("npm")) {
    const auto& npm = run->command;
    auto operands = npm.args_without_flags();
    if (operands.empty()) continue;
    if (operands[0].is("config") && operands.size() > 2 && operands[2].is("prefix")) return std::nullopt;
    if (!(operands[0].is("install") || operands[0].is("i") || operands[0].is("add"))) continue;
    auto location = npm.flag_value("location");
    if (!npm.has_any_flag({"g", "global"}) && location != "global") continue;
    for (size_t i = 1; i < operands.size(); ++i) {
      std::string package = npm_package_name(operands[i].value());
      std::string unscoped =
          package.substr(package.find('/') == std::string::npos ? 0 : package.find('/') + 1);
      if (!package.empty() && unscoped == name) return name;
    }
  }
  return std::nullopt;
}

}  // namespace

bool plan_node(const PlanContext& context, RuntimePlan& plan) {
  if (!choose_language_runtime(context, RuntimeKind::kNode, "Node.js", plan)) return false;
  if (!check_packages(context, RuntimeKind::kNode, &plan.native_library_packages)) return false;
  const auto* where = context.facts.cmd ? context.facts.cmd : context.facts.entrypoint;
  auto argv = context.process.argv();
  if (is_package_manager(argv.front().text)) {
    std::string name = script_name(argv);
    if (name.empty() || context.process.has_entrypoint) {
      context.refuse("unknown-command",
                     "the command runs " + argv.front().text +
                         ", which the runtime does not have, in a way that cannot be resolved",
                     where->range);
      return false;
    }
    auto script = context.context.npm_script(name);
    if (!script && name == "start") script = "node server.js";  // npm's own default for start
    if (!script) {
      context.refuse(
          "unknown-command",
          "cannot read the \"" + name + "\" script from package.json in the build context (pass --context)",
          where->range);
      return false;
    }
    std::vector<Refusal> problems;
    core::MappedText text;
    text.append_synthetic(*script, where->range.begin);
    text.finish(where->range.begin);
    auto words = shell_words(text, context.facts, *where, problems);
    if (!words || words->empty() || !is_node(words->front().text)) {
      context.refuse("unknown-command",
                     "package.json script \"" + name + "\" is `" + *script +
                         "`, not a plain `node FILE` the runtime can run without npm",
                     where->range);
      return false;
    }
    context.note(argv.front().text + " " + name + " resolves to `" + *script + "` through package.json");
    std::vector<std::string> program;
    for (size_t i = 1; i < words->size(); ++i) program.push_back((*words)[i].text);
    copy_application_files(context, plan);
    plan.cmd = program;
    return true;
  }
  if (auto script = javascript_program(context, argv.front().text)) {
    // A JS file started through its #! line (`./cli.js`, node_modules/.bin/x): the runtime's node runs it.
    copy_application_files(context, plan);
    set_interpreted_command(context, {*script}, plan);
    context.note(argv.front().text + " is a JavaScript program; it runs as " +
                 plan.runtime.version.interpreter + " " + *script);
    return true;
  }
  if (auto command = global_npm_command(context, argv.front().text)) {
    // The bin link is relative (../lib/node_modules/…) and node resolves it before loading modules, so the
    // link itself must reach the runtime: gathered by `cp -P` in a directory whose copy keeps links.
    std::string link = "/usr/local/bin/" + *command;
    plan.builder_runs.push_back("mkdir -p /distill/npm-bin && cp -P " + link + " /distill/npm-bin/");
    plan.copies.emplace_back("/usr/local/lib/node_modules");
    plan.copies.emplace_back("/distill/npm-bin", false, "/usr/local/bin");
    copy_application_files(context, plan);
    set_interpreted_command(context, {link}, plan);
    context.note(*command + " was installed with npm install -g; the runtime's node runs its bin link " +
                 link + " (a bin that is not JavaScript would fail: check with --verify)");
    return true;
  }
  if (!is_node(argv.front().text)) {
    context.refuse("unknown-command", "the command runs " + argv.front().text + ", which is not node or npm",
                   where->range);
    return false;
  }
  copy_application_files(context, plan);
  set_interpreted_command(context, {}, plan);
  return true;
}

}  // namespace distill::rewrite
