// DI0002: a single-stage Dockerfile that compiles code or installs dependencies ships its compilers, package
// caches and sources with the application; a builder stage plus a slim runtime stage ships only the result.
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {
    "go",  "cargo", "rustc",  "mvn",     "mvnw",   "gradle",  "gradlew", "npm",   "yarn",   "pnpm",
    "pip", "pip3",  "python", "python3", "poetry", "uv",      "pipenv",  "make",  "gmake",  "cmake",
    "gcc", "g++",   "cc",     "c++",     "clang",  "clang++", "dotnet",  "javac", "bundle", "composer"};
constexpr RuleMeta kMeta{.code = "DI0002",
                         .slug = "single-stage-build",
                         .category = "distroless",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> options) {
  for (std::string_view option : options) {
    if (word == option) return true;
  }
  return false;
}

// `npm run build`, `yarn build`, `pnpm run build`: a front-end or TypeScript build.
bool runs_build_script(const std::vector<Word>& operands) {
  if (operands.empty()) return false;
  if (operands[0].is("build")) return true;
  return operands.size() > 1 && is_one_of(operands[0].value(), {"run", "run-script"}) &&
         operands[1].is("build");
}

// `python -m pip install …`
bool runs_pip_module(const Command& command) {
  for (size_t i = 0; i + 2 < command.args.size(); ++i) {
    if (command.args[i].is("-m") && is_one_of(command.args[i + 1].value(), {"pip", "pip3"})) {
      for (size_t j = i + 2; j < command.args.size(); ++j) {
        if (command.args[j].is("install")) return true;
      }
      return false;
    }
  }
  return false;
}

// Whether the command compiles code or installs an application's dependencies.
bool builds(const Command& command) {
  if (command.has_arg("--version") || command.has_arg("--help")) return false;
  std::string name(command.basename());
  std::vector<Word> operands = command.args_without_flags();
  std::string sub = operands.empty() ? std::string() : operands.front().value();
  if (name == "go")
    return is_one_of(sub, {"build", "install"}) ||
           (sub == "mod" && operands.size() > 1 && operands[1].is("download"));
  if (name == "cargo") return is_one_of(sub, {"build", "install"});
  if (is_one_of(name, {"mvn", "mvnw", "gradle", "gradlew"})) return !operands.empty();  // goals or tasks
  if (name == "npm") return is_one_of(sub, {"install", "i", "ci", "add"}) || runs_build_script(operands);
  if (name == "pnpm") return is_one_of(sub, {"install", "i", "add"}) || runs_build_script(operands);
  if (name == "yarn")
    return operands.empty() || is_one_of(sub, {"install", "add"}) || runs_build_script(operands);
  if (is_one_of(name, {"pip", "pip3", "pipenv", "bundle"})) return sub == "install";
  if (is_one_of(name, {"python", "python3"})) return runs_pip_module(command);
  if (name == "poetry") return sub == "install";
  if (name == "uv")
    return sub == "sync" || (sub == "pip" && operands.size() > 1 && operands[1].is("install"));
  if (name == "dotnet") return is_one_of(sub, {"publish", "build", "restore"});
  if (name == "composer") return is_one_of(sub, {"install", "require"});
  bool query = command.has_arg("-v") || command.has_arg("-dumpversion");
  if (is_one_of(name, {"make", "gmake"})) return !query;  // plain `make` builds the default target
  // Compilers and cmake: any invocation with arguments other than a version query.
  return !command.args.empty() && !query;
}

// How the finding names the command: "go build", "npm ci", "python3 -m pip install", "gcc".
std::string describe(const Command& command) {
  std::string name(command.basename());
  if (is_one_of(name, {"python", "python3"})) return name + " -m pip install";
  // Compilers' and make's first operand is a file or a target (or a misread `-j "$N"`), not a subcommand.
  if (is_one_of(name, {"gcc", "g++", "cc", "c++", "clang", "clang++", "rustc", "javac", "cmake", "make",
                       "gmake"})) {
    return name;
  }
  if (name == "uv") return command.subcommand() == "pip" ? "uv pip install" : "uv sync";
  std::string sub = command.subcommand();
  return sub.empty() ? name : name + " " + sub;
}

class SingleStageBuild final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    // ONBUILD RUN runs in the images built from this one, not here.
    if (first_ || ctx.in_onbuild() || ctx.stage() == nullptr || ctx.file().stages.size() != 1) return;
    if (!builds(command)) return;
    first_ = Hit{describe(command), ctx.file().source().position(command.source.begin).line};
  }

  void finish(Context& ctx) override {
    if (!first_ || ctx.file().stages.size() != 1) return;
    const Instruction& from = ctx.file().stages.front().from();
    core::ByteRange at = from.args.empty() ? ctx.first_line(from) : from.args.front().range;
    ctx.report(at, "single-stage build: `" + first_->what + "` (line " + std::to_string(first_->line) +
                       ") compiles or installs dependencies in the image that ships, so its toolchain and "
                       "caches ship too; build in a builder stage and copy only the result into a slim or "
                       "distroless runtime stage (`distill rewrite` can do this)");
  }

 private:
  struct Hit {
    std::string what;  // "go build", "npm ci"
    uint32_t line;
  };
  std::optional<Hit> first_;
};

}  // namespace

std::unique_ptr<Rule> make_single_stage_build() {
  return std::make_unique<SingleStageBuild>();
}

}  // namespace distill::rules
