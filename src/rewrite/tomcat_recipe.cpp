// Tomcat started the way its images start it, `catalina.sh run`: the runtime has no shell for catalina.sh, so
// the JVM command the script builds is written out. Its ingredients differ by Tomcat line (9.0, 10.1, 11.0),
// read from the TOMCAT_MAJOR / TOMCAT_VERSION the stage sets; anything the script would take from a shell
// (setenv.sh, options with quotes or $) refuses.
#include "rewrite/tomcat_recipe.h"

namespace distill::rewrite {

namespace {

// "--add-opens" targets catalina.sh opens on Java 9+ (9.0 adds java.lang.invoke).
constexpr const char* kOpens[] = {
    "java.base/java.lang", "java.base/java.lang.reflect",    "java.base/java.io",
    "java.base/java.util", "java.base/java.util.concurrent", "java.rmi/sun.rmi.transport"};

std::string env_or(const StageFacts& facts, std::string_view name, const std::string& fallback) {
  const auto* setting = facts.find_env(name);
  return setting && !setting->value.empty() ? setting->value : fallback;
}

// The Tomcat line: "9", "10", "11", or "" when the stage does not say.
std::string tomcat_major(const StageFacts& facts) {
  std::string major = env_or(facts, "TOMCAT_MAJOR", "");
  if (major.empty()) {
    std::string version = env_or(facts, "TOMCAT_VERSION", "");
    major = version.substr(0, version.find('.'));
  }
  return major;
}

// Words of an options variable catalina.sh would split (and eval): nullopt when a shell would do more.
std::optional<std::vector<std::string>> option_words(const StageFacts& facts, std::string_view name) {
  const auto* setting = facts.find_env(name);
  if (!setting) return std::vector<std::string>{};
  if (setting->value.find_first_of("\"'`$\\;&|<>(){}*?[") != std::string::npos) return std::nullopt;
  return split_fields(setting->value);
}

bool mentions_setenv(const StageFacts& facts) {
  for (const auto& copy : facts.copies) {
    if (copy.destination.ends_with("setenv.sh")) return true;
    for (const auto& source : copy.sources) {
      if (source.ends_with("setenv.sh")) return true;
    }
  }
  for (const auto& run : facts.commands) {
    for (const auto& arg : run.command.args) {
      if (arg.raw.find("setenv.sh") != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

bool is_catalina(const std::string& program) {
  return program.substr(program.rfind('/') + 1) == "catalina.sh";
}

bool plan_tomcat(const PlanContext& context, RuntimePlan& plan) {
  const StageFacts& facts = context.facts;
  const auto* where = facts.cmd ? facts.cmd : facts.entrypoint;
  auto argv = context.process.argv();
  auto refuse = [&](const std::string& why) {
    context.refuse("unknown-command", "the command runs Tomcat's catalina.sh, but " + why, where->range);
    return false;
  };
  if (argv.size() != 2 || argv[1].text != "run") return refuse("not as `catalina.sh run`");
  const std::string& program = argv.front().text;
  std::string home = env_or(facts, "CATALINA_HOME", "");
  if (home.empty() && program.ends_with("/bin/catalina.sh")) home = program.substr(0, program.size() - 16);
  if (!home.starts_with("/")) return refuse("CATALINA_HOME is not set to an absolute path");
  std::string base = env_or(facts, "CATALINA_BASE", home);
  std::string major = tomcat_major(facts);
  if (major != "9" && major != "10" && major != "11") {
    return refuse(
        "its version is unknown (the stage sets no TOMCAT_MAJOR or TOMCAT_VERSION of 9, 10 or 11), "
        "and the command it builds differs by version");
  }
  if (mentions_setenv(facts)) return refuse("a setenv.sh is a shell script that catalina.sh sources");
  auto java_opts = option_words(facts, "JAVA_OPTS");
  auto catalina_opts = option_words(facts, "CATALINA_OPTS");
  auto jsse_opts = option_words(facts, "JSSE_OPTS");
  if (!java_opts || !catalina_opts || !jsse_opts) {
    return refuse("JAVA_OPTS, CATALINA_OPTS or JSSE_OPTS holds what a shell would interpret");
  }
  for (const char* name : {"LOGGING_MANAGER", "CATALINA_LOGGING_CONFIG", "LOGGING_CONFIG", "UMASK",
                           "JRE_HOME", "JAVA_ENDORSED_DIRS", "CLASSPATH"}) {
    if (facts.find_env(name)) return refuse(std::string(name) + " is set, which catalina.sh reads");
  }

  std::vector<std::string> command = {plan.runtime.version.interpreter,
                                      "-Djava.util.logging.config.file=" + base + "/conf/logging.properties",
                                      "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager"};
  command.insert(command.end(), java_opts->begin(), java_opts->end());
  if (facts.find_env("JSSE_OPTS")) {
    command.insert(command.end(), jsse_opts->begin(), jsse_opts->end());
  } else {
    command.emplace_back("-Djdk.tls.ephemeralDHKeySize=2048");
  }
  if (major != "11") {
    command.emplace_back("-Djava.protocol.handler.pkgs=org.apache.catalina.webresources");
    command.emplace_back("-Dsun.io.useCanonCaches=false");
  }
  command.emplace_back("-Dorg.apache.catalina.security.SecurityListener.UMASK=0027");
  if (major == "9") {
    // 9.0 hands its opens to the java launcher through JDK_JAVA_OPTIONS rather than argv.
    std::string opens = env_or(facts, "JDK_JAVA_OPTIONS", "");
    for (const char* target : {"java.base/java.lang", "java.base/java.lang.invoke"}) {
      opens += (opens.empty() ? "" : " ") + std::string("--add-opens=") + target + "=ALL-UNNAMED";
    }
    for (const char* target : kOpens) {
      if (std::string_view(target) != "java.base/java.lang")
        opens += " --add-opens=" + std::string(target) + "=ALL-UNNAMED";
    }
    plan.env.emplace_back("JDK_JAVA_OPTIONS", opens);
  } else {
    for (const char* target : kOpens)
      command.push_back("--add-opens=" + std::string(target) + "=ALL-UNNAMED");
    if (major == "11") command.emplace_back("--enable-native-access=ALL-UNNAMED");
  }
  command.insert(command.end(), catalina_opts->begin(), catalina_opts->end());
  if (major == "9") command.emplace_back("-Dignore.endorsed.dirs=");
  command.insert(command.end(), {"-classpath", home + "/bin/bootstrap.jar:" + home + "/bin/tomcat-juli.jar",
                                 "-Dcatalina.base=" + base, "-Dcatalina.home=" + home,
                                 "-Djava.io.tmpdir=" + env_or(facts, "CATALINA_TMPDIR", base + "/temp"),
                                 "org.apache.catalina.startup.Bootstrap", "start"});
  plan.entrypoint = command;
  // Tomcat writes logs/, temp/ and work/ under its base.
  plan.copies.push_back({home, context.nonroot, ""});
  if (base != home) plan.copies.push_back({base, context.nonroot, ""});
  plan.gather_native_libraries = true;  // Tomcat Native (libtcnative) links APR, which the runtime lacks
  context.note("catalina.sh run is written out as the JVM command Tomcat " + major +
               "'s catalina.sh builds (no shell in the runtime); the process umask stays the container's "
               "instead of catalina.sh's 0027");
  return true;
}

}  // namespace distill::rewrite
