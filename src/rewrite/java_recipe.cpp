// Java: the runtime's ENTRYPOINT is `java -jar`, so `java -jar app.jar args` becomes CMD ["app.jar", args];
// JVM options or a classpath launch need an explicit ENTRYPOINT; options a shell took from $JAVA_OPTS move
// to JAVA_TOOL_OPTIONS, which the JVM reads itself, so they stay overridable at `docker run -e`.
#include "core/text.h"
#include "rewrite/packages.h"
#include "rewrite/plan.h"
#include "rewrite/tomcat_recipe.h"

namespace distill::rewrite {

namespace {

bool takes_value(const std::string& option) {
  return option == "-cp" || option == "-classpath" || option == "--class-path" || option == "-p" ||
         option == "--module-path" || option == "--add-modules" || option == "-m" || option == "--module";
}

}  // namespace

bool plan_java(const PlanContext& context, RuntimePlan& plan) {
  if (!choose_language_runtime(context, RuntimeKind::kJava, "Java", plan)) return false;
  if (!check_packages(context, RuntimeKind::kJava, &plan.native_library_packages)) return false;
  const auto* where = context.facts.cmd ? context.facts.cmd : context.facts.entrypoint;
  auto argv = context.process.argv();
  if (is_catalina(argv.front().text)) return plan_tomcat(context, plan);
  std::string name = argv.front().text.substr(argv.front().text.rfind('/') + 1);
  if (name != "java") {
    context.refuse("unknown-command", "the command runs " + argv.front().text + ", not java", where->range);
    return false;
  }
  std::vector<std::string> options;
  std::string tool_options;
  std::vector<std::string> classpath;
  size_t i = 1;
  std::optional<size_t> jar;
  for (; i < argv.size(); ++i) {
    const auto& arg = argv[i];
    if (arg.text == "-jar") {
      jar = i + 1;
      break;
    }
    if (!arg.text.starts_with("-")) break;  // the main class
    if (!arg.from_variable.empty()) {
      tool_options += (tool_options.empty() ? "" : " ") + arg.text;
      continue;
    }
    options.push_back(arg.text);
    if (takes_value(arg.text) && i + 1 < argv.size()) {
      options.push_back(argv[++i].text);
      if (arg.text == "-cp" || arg.text == "-classpath" || arg.text == "--class-path") {
        for (std::string_view entry : core::split(argv[i].text, ':')) {
          if (entry.ends_with("/*")) entry.remove_suffix(2);
          if (!entry.empty()) classpath.emplace_back(entry);
        }
      }
    }
  }
  if (jar && *jar >= argv.size()) {
    context.refuse("unknown-command", "java -jar without a jar file", where->range);
    return false;
  }
  if (!tool_options.empty()) {
    plan.env.emplace_back("JAVA_TOOL_OPTIONS", tool_options);
    context.note("JVM options from $" + argv[1].from_variable +
                 " move to JAVA_TOOL_OPTIONS (read by the JVM itself)");
  } else {
    // An empty $JAVA_OPTS vanished from the command, but `docker run -e JAVA_OPTS=…` was how it was tuned.
    std::string written;
    for (const auto* in : {context.facts.entrypoint, context.facts.cmd}) {
      if (!in) continue;
      written += std::string(in->logical.text());
      for (const auto& arg : in->args) written += " " + arg.text;
    }
    for (const char* name : {"JAVA_OPTS", "JAVA_OPTIONS", "JVM_OPTS"}) {
      if (written.find(std::string("$") + name) != std::string::npos ||
          written.find(std::string("${") + name) != std::string::npos) {
        context.note(std::string("$") + name +
                     " was expanded by a shell the runtime lacks; pass JVM options at run time with "
                     "JAVA_TOOL_OPTIONS instead");
      }
    }
  }
  const std::string& workdir = context.facts.workdir;
  if (jar) {
    plan.copies.push_back({absolute_path(workdir, argv[*jar].text), false, ""});
  } else {
    for (const auto& entry : classpath) plan.copies.push_back({absolute_path(workdir, entry), false, ""});
    if (classpath.empty()) plan.copies.push_back({workdir, false, ""});
  }
  for (const auto& dir : context.facts.created_directories) {
    if (!dir.starts_with("/tmp")) plan.copies.push_back({dir, context.nonroot, ""});
  }
  // The part of argv that came from ENTRYPOINT stays in ENTRYPOINT, so `docker run IMAGE args` still works.
  size_t entry_size = context.process.entrypoint.size();
  size_t split = jar ? *jar : i;  // first argument after `-jar` (the jar) or the main class
  bool only_jar = jar && options.empty();
  if (only_jar && entry_size <= split) {
    std::vector<std::string> cmd;
    for (size_t k = split; k < argv.size(); ++k) cmd.push_back(argv[k].text);
    if (context.process.has_entrypoint) {
      std::vector<std::string> entrypoint = plan.runtime.entrypoint;
      if (entry_size > split) {
        for (size_t k = split; k < entry_size; ++k) entrypoint.push_back(argv[k].text);
      }
      plan.entrypoint = entrypoint;
      if (context.process.has_cmd) plan.cmd = texts(context.process.cmd);
      if (entrypoint == plan.runtime.entrypoint) {
        plan.entrypoint.reset();
        plan.cmd = cmd;
      }
    } else {
      plan.cmd = cmd;
    }
    return true;
  }
  std::vector<std::string> entrypoint = {plan.runtime.version.interpreter};
  entrypoint.insert(entrypoint.end(), options.begin(), options.end());
  if (jar) entrypoint.push_back("-jar");
  size_t cmd_from = std::max(split, entry_size);
  for (size_t k = split; k < cmd_from; ++k) entrypoint.push_back(argv[k].text);
  plan.entrypoint = entrypoint;
  std::vector<std::string> cmd;
  for (size_t k = cmd_from; k < argv.size(); ++k) cmd.push_back(argv[k].text);
  // ENTRYPOINT already resets the inherited CMD; an empty one is only written when the original had it.
  if (!cmd.empty() || context.process.has_cmd) plan.cmd = cmd;
  return true;
}

}  // namespace distill::rewrite
