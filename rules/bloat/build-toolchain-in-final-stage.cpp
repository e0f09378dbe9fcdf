// DI0001: compilers, SDKs and -dev packages in the image that ships add hundreds of megabytes and attack
// surface the running application never uses; they belong in a builder stage.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lint/rule_api.h"
#include "syntax/shell/inline_script.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0001",
                         .slug = "build-toolchain-in-final-stage",
                         .category = "bloat",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// "gcc=4:12.2.0-3" -> "gcc", "gcc:amd64" -> "gcc", "clang-15" -> "clang"; a path or URL gives "".
std::string package_base_name(std::string name) {
  if (contains(name, "/")) return "";
  name = name.substr(0, name.find_first_of("=<>~:"));
  // A trailing version ("gcc-12", "llvm-15", "g++-12") names the same tool.
  for (;;) {
    size_t dash = name.rfind('-');
    if (dash == std::string::npos || dash + 1 == name.size() ||
        !std::all_of(name.begin() + static_cast<std::ptrdiff_t>(dash) + 1, name.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; })) {
      break;
    }
    name.resize(dash);
  }
  return name;
}

bool is_toolchain_package(const std::string& name) {
  static const std::set<std::string, std::less<>> kTools = {"gcc",
                                                            "g++",
                                                            "gcc-c++",
                                                            "c++",
                                                            "clang",
                                                            "clang++",
                                                            "llvm",
                                                            "make",
                                                            "cmake",
                                                            "ninja",
                                                            "ninja-build",
                                                            "meson",
                                                            "build-essential",
                                                            "build-base",
                                                            "alpine-sdk",
                                                            "git",
                                                            "autoconf",
                                                            "automake",
                                                            "libtool",
                                                            "pkg-config",
                                                            "pkgconf",
                                                            "pkgconfig",
                                                            "bison",
                                                            "flex",
                                                            "gfortran",
                                                            "golang",
                                                            "go",
                                                            "rustc",
                                                            "cargo",
                                                            "maven",
                                                            "gradle"};
  std::string base = package_base_name(name);
  if (base.empty()) return false;
  return kTools.count(base) != 0 || ends_with(base, "-dev") || ends_with(base, "-devel") ||
         ends_with(base, "-jdk") || ends_with(base, "-jdk-headless");
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> options) {
  return std::find(options.begin(), options.end(), word) != options.end();
}

// The toolchain an image is, when it is one, with its article: "a Go", "an SDK".
std::optional<std::string> toolchain_image(const syntax::ImageRef& image) {
  static const std::map<std::string, std::string, std::less<>> kImages = {
      {"gcc", "a C/C++"},
      {"clang", "a C/C++"},
      {"golang", "a Go"},
      {"rust", "a Rust"},
      {"maven", "a Maven"},
      {"gradle", "a Gradle"},
      {"buildpack-deps", "a buildpack-deps"}};
  std::string repo = image.repository;
  std::string last = repo.substr(repo.rfind('/') == std::string::npos ? 0 : repo.rfind('/') + 1);
  std::string tag = image.tag.value_or("");
  if (auto it = kImages.find(last); it != kImages.end()) return it->second;
  if (is_one_of(last, {"openjdk", "eclipse-temurin", "amazoncorretto", "sapmachine", "zulu-openjdk"}) &&
      !contains(tag, "jre")) {
    return "a JDK";
  }
  // google/cloud-sdk is the gcloud command line, not a compiler toolchain.
  if (last == "sdk" || (ends_with(last, "-sdk") && last != "cloud-sdk")) return "an SDK";
  return std::nullopt;
}

// Packages one RUN installs through a system package manager and does not remove again in the same RUN.
class InstallScan {
 public:
  struct Install {
    core::ByteRange at;  // the first toolchain package word
    std::vector<std::string> packages;
    bool apt = false;
  };

  void add(const Command& command) {
    std::string manager(command.basename());
    if (!is_one_of(manager, {"apt-get", "apt", "aptitude", "apt-mark", "yum", "dnf", "microdnf", "tdnf",
                             "zypper", "apk"}))
      return;  // only package managers install or remove anything here; skip laying out the rest
    std::vector<Word> operands = command.args_without_flags();
    if (operands.empty()) return;
    std::string sub = operands.front().value();
    bool apt = is_one_of(manager, {"apt-get", "apt", "aptitude"});
    bool rpm = is_one_of(manager, {"yum", "dnf", "microdnf", "tdnf"});
    if (apt && sub == "install") return record(operands, "", true);
    if (rpm && sub == "install") return record(operands, "", false);
    if (manager == "zypper" && is_one_of(sub, {"install", "in"})) return record(operands, "", false);
    if (manager == "apk" && sub == "add") {
      std::string group = command.flag_value("virtual").value_or(command.flag_value("t").value_or(""));
      return record(operands, group, false);
    }
    // The official images' idiom: `apt-mark auto '.*'` ... `apt-get purge -y --auto-remove` removes
    // everything installed since the packages were marked.
    if (manager == "apt-mark" && sub == "auto") apt_mark_auto_ = true;
    if (apt && (sub == "autoremove" || command.has_flag("auto-remove") || command.has_flag("autoremove"))) {
      apt_autoremove_ = true;
    }
    if (rpm &&
        (sub == "groupinstall" || (sub == "group" && operands.size() > 1 && operands[1].is("install")))) {
      for (const Word& w : operands) {
        std::string value = w.value();
        std::transform(value.begin(), value.end(), value.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (contains(value, "development tools"))
          installs_.push_back({w.source, {"\"Development Tools\""}, false});
      }
      return;
    }
    bool removes =
        (apt && is_one_of(sub, {"purge", "remove"})) || (rpm && is_one_of(sub, {"remove", "erase"})) ||
        (manager == "zypper" && is_one_of(sub, {"remove", "rm"})) || (manager == "apk" && sub == "del");
    if (!removes) return;
    for (size_t i = 1; i < operands.size(); ++i) removed_.insert(operands[i].value());
  }

  // What is still installed after the RUN, as findings to report.
  std::vector<Install> remaining() const {
    std::vector<Install> out;
    for (const Install& install : installs_) {
      Install kept{install.at, {}, install.apt};
      if (install.apt && apt_mark_auto_ && apt_autoremove_) continue;
      for (const std::string& package : install.packages) {
        if (!is_removed(package)) kept.packages.push_back(package);
      }
      if (!kept.packages.empty()) out.push_back(std::move(kept));
    }
    return out;
  }

 private:
  // operands[0] is the subcommand.
  void record(const std::vector<Word>& operands, const std::string& group, bool apt) {
    Install install;
    install.apt = apt;
    for (size_t i = 1; i < operands.size(); ++i) {
      if (!operands[i].literal || !is_toolchain_package(*operands[i].literal)) continue;
      if (install.packages.empty()) install.at = operands[i].source;
      install.packages.push_back(*operands[i].literal);
      if (!group.empty()) group_of_[*operands[i].literal] = group;
    }
    if (!install.packages.empty()) installs_.push_back(std::move(install));
  }

  bool is_removed(const std::string& package) const {
    if (removed_.count(package) || removed_.count(package_base_name(package))) return true;
    auto group = group_of_.find(package);  // apk add --virtual .build-deps … && apk del .build-deps
    return group != group_of_.end() && removed_.count(group->second) != 0;
  }

  std::vector<Install> installs_;
  std::set<std::string, std::less<>> removed_;
  std::map<std::string, std::string, std::less<>> group_of_;
  bool apt_mark_auto_ = false;
  bool apt_autoremove_ = false;
};

// Every command a RUN runs: its scripts and, one level down, the scripts of `sh -c '…'`.
void each_command(const syntax::shell::Script& script, int depth, InstallScan& scan) {
  for (const Command& command : script.commands) {
    std::optional<Command> storage;
    const Command& effective = command.effective(storage);
    scan.add(effective);
    if (depth > 0) continue;
    if (auto inner = syntax::shell::parse_inline_script(effective); inner && inner->ok()) {
      each_command(inner->value(), depth + 1, scan);
    }
  }
}

// A front-end or TypeScript build in a Node image makes it a build image too.
bool runs_node_build(const syntax::shell::Script& script) {
  for (const Command& raw : script.commands) {
    std::optional<Command> storage;
    const Command& command = raw.effective(storage);
    if (!is_one_of(command.basename(), {"npm", "yarn", "pnpm"})) continue;
    auto operands = command.args_without_flags();
    if (!operands.empty() && operands[0].is("build")) return true;
    if (operands.size() > 1 && is_one_of(operands[0].value(), {"run", "run-script"}) &&
        operands[1].is("build")) {
      return true;
    }
  }
  return false;
}

class BuildToolchainInFinalStage final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild() || ctx.stage() == nullptr) return;
    Facts& facts = stages_[ctx.stage()->index];
    if (in.is("CMD") || in.is("ENTRYPOINT") || in.is("COPY") || in.is("ADD")) {
      if (!facts.ships) facts.ships = &in;
      return;
    }
    if (!in.is("RUN")) return;
    InstallScan scan;
    for (const auto& script : ctx.scripts(in)) {
      each_command(script, 0, scan);
      facts.node_build = facts.node_build || runs_node_build(script);
    }
    for (auto& install : scan.remaining()) facts.installs.push_back(std::move(install));
  }

  void finish(Context& ctx) override {
    const Stage* stage = ctx.final_stage();
    if (stage == nullptr) return;
    // The final stage inherits whatever the stages it is built FROM installed.
    std::vector<const Facts*> chain;
    const Instruction* ships = nullptr;
    bool node_build = false;
    for (;;) {
      const Facts& facts = stages_[stage->index];
      chain.push_back(&facts);
      if (!ships) ships = facts.ships;
      node_build = node_build || facts.node_build;
      if (!stage->parent) break;
      stage = &ctx.file().stages[*stage->parent];
    }
    if (ships == nullptr) return;  // a tools image that ships no application
    std::string shipped = " while shipping the application (" + ships->keyword + " on line " +
                          std::to_string(ctx.file().source().position(ships->range.begin).line) + ")";
    report_base(*stage, node_build, shipped, ctx);
    for (const Facts* facts : chain) {
      for (const auto& install : facts->installs) report_install(install, shipped, ctx);
    }
  }

 private:
  struct Facts {
    const Instruction* ships = nullptr;  // the first CMD/ENTRYPOINT/COPY/ADD
    bool node_build = false;
    std::vector<InstallScan::Install> installs;
  };

  static void report_base(const Stage& root, bool node_build, const std::string& shipped, Context& ctx) {
    const syntax::ImageRef& base = root.resolved_base;
    if (base.has_variables || root.from().args.empty()) return;
    std::optional<std::string> kind = toolchain_image(base);
    std::string last = base.repository.substr(
        base.repository.rfind('/') == std::string::npos ? 0 : base.repository.rfind('/') + 1);
    if (!kind && last == "node" && node_build) kind = "a Node.js";
    if (!kind) return;
    ctx.report(root.from().args.front().range,
               "the final stage is built FROM " + base.text + ", " + *kind + " toolchain image," + shipped +
                   ": build in a builder stage and copy only the result into a slim or distroless runtime "
                   "image (`distill rewrite` can split it)");
  }

  static void report_install(const InstallScan::Install& install, const std::string& shipped, Context& ctx) {
    std::string list;
    for (const auto& package : install.packages) list += (list.empty() ? "" : ", ") + package;
    ctx.report(install.at, "the final stage installs build tools (" + list + ")" + shipped +
                               ": install them in a builder stage, or remove them in the same RUN "
                               "(`distill rewrite` can split the build)");
  }

  std::map<uint32_t, Facts> stages_;
};

}  // namespace

std::unique_ptr<Rule> make_build_toolchain_in_final_stage() {
  return std::make_unique<BuildToolchainInFinalStage>();
}

}  // namespace distill::rules
