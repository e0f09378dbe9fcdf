// Python: the builder installs dependencies exactly as the original did; the runtime gets the directories
// they landed in (system site-packages, --target/--prefix/--user dirs, venvs) on PYTHONPATH, because the
// distroless interpreter is Debian's /usr/bin/python3.X and does not read /usr/local/lib/…/site-packages.
#include <algorithm>
#include <cctype>
#include <map>

#include "core/text.h"
#include "rewrite/packages.h"
#include "rewrite/plan.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/expansion.h"

namespace distill::rewrite {

namespace {

bool is_python_interpreter(const std::string& word) {
  std::string name = word.substr(word.rfind('/') + 1);
  if (name == "python" || name == "python3") return true;
  return name.starts_with("python3.") && name.find_first_not_of("0123456789", 8) == std::string::npos;
}

// Console scripts whose package runs the same way as `python -m <module>`.
std::optional<std::string> module_for_script(const std::string& word) {
  static const std::map<std::string, std::string, std::less<>> kModules = {
      {"gunicorn", "gunicorn"},
      {"uvicorn", "uvicorn"},
      {"hypercorn", "hypercorn"},
      {"flask", "flask"},
      {"celery", "celery"},
      {"pytest", "pytest"},
      {"streamlit", "streamlit"},
      {"daphne", "daphne"},
      {"waitress-serve", "waitress"},
      {"django-admin", "django"},
      {"pip", "pip"},
      {"httpie", "httpie"},
      {"locust", "locust"},
      {"dagster", "dagster"},
      {"mkdocs", "mkdocs"},
      {"black", "black"},
      {"alembic", "alembic"},
      {"jupyter", "jupyter"},
      {"rq", "rq"},
      {"huey_consumer", "huey.bin.huey_consumer"}};
  std::string name = word.substr(word.rfind('/') + 1);
  auto found = kModules.find(name);
  if (found == kModules.end()) return std::nullopt;
  return found->second;
}

bool under(const std::string& path, const std::string& dir) {
  return path == dir || (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/');
}

// Where packages land in the builder, and where the runtime reads them from (`runtime`, "" = the same path).
struct SitePath {
  std::string builder;
  std::string runtime;
};

struct SitePaths {
  std::vector<SitePath> dirs;
  void add(const std::string& dir, const std::string& runtime = "") {
    for (const auto& known : dirs) {
      if (known.builder == dir) return;
    }
    dirs.push_back({dir, runtime});
  }
};

// The venv a bare program name (`pip`, `python`) resolves to through the PATH the RUN saw, or "" when a
// system directory comes first (or PATH names no venv made in this stage).
std::string venv_on_path(const RunCommand& run, const std::vector<std::string>& venvs) {
  for (std::string_view entry : core::split(run.path, ':')) {
    if (entry.empty()) continue;
    for (const auto& venv : venvs) {
      if (entry == venv + "/bin") return venv;
    }
    if (is_system_bin_dir(entry)) return "";
  }
  return "";
}

// "Flask[async]>=2.0" -> "flask": a requirement's distribution name, normalised as pip compares them.
std::string distribution_name(std::string spec) {
  size_t end = spec.find_first_of("[<>=!~;@ \t");
  if (end != std::string::npos) spec.resize(end);
  for (char& c : spec)
    c = c == '_' || c == '.' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return spec;
}

// Whether the build installs a distribution called `name`: named to pip directly, or listed in the build
// context's requirements.txt.
bool installs_distribution(const PlanContext& context, const std::string& name) {
  std::string wanted = distribution_name(name);
  for (const auto& run : context.facts.commands) {
    std::string program(run.command.basename());
    bool pip = program == "pip" || program == "pip3" || program.starts_with("pip3.") || program == "uv" ||
               (is_python_interpreter(program) && run.command.has_arg("pip"));
    if (!pip || !run.command.has_arg("install")) continue;
    for (const auto& operand : run.command.args_without_flags()) {
      if (operand.literal && distribution_name(*operand.literal) == wanted) return true;
    }
  }
  auto requirements = context.context.read("requirements.txt");
  if (!requirements) return false;
  for (std::string_view line : core::split(*requirements, '\n')) {
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#' || line[first] == '-') continue;
    if (distribution_name(std::string(line.substr(first))) == wanted) return true;
  }
  return false;
}

// Where pip put the console script `name`: the venv whose bin directory ENV PATH lists first, else the
// interpreter's own bin directory.
std::string console_script_path(const PlanContext& context, const std::string& name) {
  if (name.starts_with("/")) return name;
  if (const auto* path = context.facts.find_env("PATH")) {
    for (std::string_view entry : core::split(path->value, ':')) {
      if (entry.empty()) continue;
      // Anything under /usr (a system bin directory, /usr/local/go/bin, …) is not where pip put scripts.
      if (entry.starts_with("/usr/") || is_system_bin_dir(entry)) break;
      if (entry.ends_with("/bin")) return std::string(entry) + "/" + name;
    }
  }
  return "/usr/local/bin/" + name;
}

// A word's value as the RUN's shell sees it: literal, or with its $VARs filled from the stage's ARG/ENV at
// that RUN (`python -m venv $VIRTUAL_ENV`); nullopt when a variable has no known value or a command computes
// it.
std::optional<std::string> shell_value(const StageFacts& facts, const RunCommand& run,
                                       const syntax::shell::Word& word) {
  if (word.literal) return *word.literal;
  if (word.has_command_substitution) return std::nullopt;
  auto scope = syntax::scope_before(*facts.file, facts.stage->index, run.instruction_index);
  auto expansion = syntax::variables::expand_word(word.raw, scope.lookup(), facts.file->escape);
  if (!expansion || !expansion->unset.empty()) return std::nullopt;
  return expansion->value;
}

// Where each pip/poetry/pipenv/uv/venv command put packages. False with a refusal when it cannot be known.
bool find_site_paths(const PlanContext& context, const std::string& version, SitePaths& paths) {
  const StageFacts& facts = context.facts;
  std::string lib = "/lib/python" + version + "/site-packages";
  std::string system = "/usr/local" + lib;
  auto env_true = [&](std::string_view name) {
    const auto* setting = facts.find_env(name);
    return setting && (setting->value == "true" || setting->value == "1" || setting->value == "True");
  };
  auto env_false = [&](std::string_view name) {
    const auto* setting = facts.find_env(name);
    return setting && (setting->value == "false" || setting->value == "0" || setting->value == "False");
  };
  bool poetry_no_venv = env_false("POETRY_VIRTUALENVS_CREATE");
  std::vector<std::string> venvs;  // made so far, absolute
  // Editable installs put a .pth file in site-packages naming the project directory, and Python reads .pth
  // files only in site directories, never in PYTHONPATH entries: the project directory goes on PYTHONPATH
  // itself, after the packages (where the .pth would have put it).
  std::vector<std::string> editable;
  auto add_editable = [&](const std::string& dir) {
    if (std::find(editable.begin(), editable.end(), dir) != editable.end()) return;
    editable.push_back(dir);
    context.note("editable install of " + dir + ": it is put on PYTHONPATH (a src/ layout needs " + dir +
                 "/src there instead)");
  };
  for (const auto& run : facts.commands) {
    const auto& command = run.command;
    std::string name(command.basename());
    std::string program = command.name.value();
    if (program.find('/') == std::string::npos) {
      // After `ENV PATH=/venv/bin:$PATH`, plain `pip` and `python` are the venv's.
      if (std::string venv = venv_on_path(run, venvs); !venv.empty()) program = venv + "/bin/" + program;
    }
    bool venv_program = program.find("/bin/") != std::string::npos && program.starts_with("/") &&
                        !program.starts_with("/usr/");
    if ((is_python_interpreter(name) && command.args.size() >= 2 && command.args[0].is("-m") &&
         command.args[1].is("venv")) ||
        name == "virtualenv" || (name == "uv" && command.subcommand() == "venv")) {
      auto operands = command.args_without_flags();
      std::optional<std::string> dir =
          operands.empty() ? std::string(".venv") : shell_value(facts, run, operands.back());
      if (name == "uv" && operands.size() < 2) dir = ".venv";
      if (!dir) {
        context.refuse("opaque-install",
                       "the virtual environment's directory (" + operands.back().raw +
                           ") comes from a variable with no known value, so where packages go is unknown",
                       facts.stage->from().range);
        return false;
      }
      venvs.push_back(absolute_path(run.workdir, *dir));
      paths.add(venvs.back() + lib);
      continue;
    }
    bool pip = name == "pip" || name == "pip3" || name.starts_with("pip3.") ||
               (is_python_interpreter(name) && command.args.size() >= 2 && command.args[0].is("-m") &&
                command.args[1].is("pip"));
    if (name == "uv" && command.subcommand() == "pip") pip = true;
    if (pip) {
      if (command.subcommand() != "install" && !command.has_arg("install")) continue;
      for (const char* flag : {"e", "editable"}) {
        for (const auto& project : command.flag_values(flag)) {
          if (!project.empty() && project.find("://") == std::string::npos && !project.starts_with("git+"))
            add_editable(absolute_path(run.workdir, project));
        }
      }
      if (venv_program) {  // /venv/bin/pip install …: into that venv
        paths.add(program.substr(0, program.rfind("/bin/")) + lib);
      } else if (auto target = command.flag_value("target")) {
        paths.add(absolute_path(run.workdir, *target));
      } else if (auto prefix = command.flag_value("prefix")) {
        paths.add(absolute_path(run.workdir, *prefix) + lib);
      } else if (command.has_flag("user")) {
        if (facts.user && *facts.user != "root" && *facts.user != "0") {
          context.refuse("python-packages",
                         "pip install --user as " + *facts.user +
                             " puts packages in a home directory the rewrite cannot locate");
          return false;
        }
        // /root is mode 0700 in distroless, so a nonroot runtime reads them from Debian's own site directory
        // instead, readable by any uid (packages are relocatable; console-script shebangs are not, and the
        // command never uses them).
        paths.add("/root/.local" + lib,
                  context.nonroot ? "/usr/local/lib/python" + version + "/dist-packages" : "");
      } else {
        paths.add(system);
      }
      continue;
    }
    if (name == "poetry" && command.subcommand() == "config" && command.has_arg("virtualenvs.create") &&
        command.has_arg("false")) {
      poetry_no_venv = true;
    } else if (name == "poetry" && (command.subcommand() == "install" || command.subcommand() == "add")) {
      // Without --no-root poetry also installs the project itself, in editable mode.
      if (command.subcommand() == "install" && !command.has_flag("no-root")) add_editable(run.workdir);
      if (poetry_no_venv) {
        paths.add(system);
      } else if (env_true("POETRY_VIRTUALENVS_IN_PROJECT")) {
        paths.add(absolute_path(run.workdir, ".venv") + lib);
      } else {
        context.refuse("python-packages",
                       "poetry installs into a virtualenv under its cache directory; set "
                       "POETRY_VIRTUALENVS_CREATE=false or POETRY_VIRTUALENVS_IN_PROJECT=true first");
        return false;
      }
    } else if (name == "pipenv" && (command.subcommand() == "install" || command.subcommand() == "sync")) {
      if (command.has_flag("system")) {
        paths.add(system);
      } else if (env_true("PIPENV_VENV_IN_PROJECT")) {
        paths.add(absolute_path(run.workdir, ".venv") + lib);
      } else {
        context.refuse("python-packages",
                       "pipenv installs into a virtualenv outside the project; use --system or "
                       "PIPENV_VENV_IN_PROJECT=1");
        return false;
      }
    } else if (name == "uv" && command.subcommand() == "sync") {
      const auto* env = facts.find_env("UV_PROJECT_ENVIRONMENT");
      paths.add(absolute_path(run.workdir, env ? env->value : ".venv") + lib);
      // uv installs the project itself editable unless told otherwise.
      if (!command.has_flag("no-install-project") && !command.has_flag("no-editable") &&
          !env_true("UV_NO_EDITABLE") && !command.has_flag("no-install-workspace")) {
        add_editable(run.workdir);
      }
    } else if (is_python_interpreter(name) && !command.args.empty() &&
               command.args[0].value().ends_with("setup.py") && command.has_arg("install")) {
      paths.add(system);
    }
  }
  for (const auto& dir : editable) paths.add(dir);
  return true;
}

}  // namespace

bool plan_python(const PlanContext& context, RuntimePlan& plan) {
  if (!choose_language_runtime(context, RuntimeKind::kPython, "Python", plan)) return false;
  if (!check_packages(context, RuntimeKind::kPython, &plan.native_library_packages)) return false;
  auto argv = context.process.argv();
  const std::string& program = argv.front().text;
  std::vector<std::string> head;
  std::string script_copy;
  if (is_python_interpreter(program)) {
    // python app.py, /venv/bin/python -m x, /usr/local/bin/python3 …: the runtime's interpreter runs it
  } else if (auto module = module_for_script(program)) {
    head = {"-m", *module};
    context.note(program + " is a console script (a #! launcher); it runs as python -m " + *module);
  } else if (program.ends_with(".py")) {
    head = {program};
  } else if (program.find('/') == std::string::npos && program != "uwsgi" &&
             installs_distribution(context, program)) {
    // pip writes console scripts as Python files; the runtime's interpreter runs one directly, and its
    // #! line (an interpreter path the runtime lacks) is then only a comment.
    std::string script = console_script_path(context, program);
    head = {script};
    script_copy = script;
    context.note(program + " is the console script of the installed distribution " + program +
                 "; it runs as " + plan.runtime.version.interpreter + " " + script);
  } else {
    context.refuse(
        "unknown-command",
        "the command runs " + program + ", which is neither python nor a console script with a known module",
        context.facts.cmd ? context.facts.cmd->range : context.facts.entrypoint->range);
    return false;
  }
  SitePaths paths;
  if (!find_site_paths(context, plan.runtime.version.version, paths)) return false;
  copy_application_files(context, plan);
  if (!script_copy.empty()) plan.copies.push_back({script_copy, false});
  std::vector<std::string> search;  // PYTHONPATH: the original's own entries first, then the package dirs
  if (const auto* existing = context.facts.find_env("PYTHONPATH")) {
    for (std::string_view entry : core::split(existing->value, ':')) {
      if (!entry.empty()) search.emplace_back(entry);
    }
  }
  for (const auto& dir : paths.dirs) {
    std::string runtime = dir.runtime.empty() ? dir.builder : dir.runtime;
    if (std::find(search.begin(), search.end(), runtime) == search.end()) search.push_back(runtime);
    // --target=/app/deps is already inside the copied application directory.
    bool copied = std::any_of(plan.copies.begin(), plan.copies.end(), [&](const CopyStep& step) {
      return step.destination.empty() && under(dir.builder, step.path);
    });
    if (!copied || !dir.runtime.empty()) plan.copies.push_back({dir.builder, false, dir.runtime});
  }
  if (!paths.dirs.empty()) {
    std::string joined;
    for (const auto& dir : search) joined += (joined.empty() ? "" : ":") + dir;
    plan.env.emplace_back("PYTHONPATH", joined);
  }
  set_interpreted_command(context, head, plan);
  return true;
}

}  // namespace distill::rewrite
