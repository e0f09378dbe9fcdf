#include "rewrite/native_libraries.h"

#include <array>
#include <string_view>

namespace distill::rewrite {

namespace {

constexpr std::string_view kGathered = "/distill/lib";
constexpr std::string_view kRuntimeMount = "/distill/runtime";
constexpr std::string_view kLddList = "/distill/ldd.txt";

bool ends_with_any(const std::string& name, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view suffix : suffixes) {
    if (name.ends_with(suffix)) return true;
  }
  return false;
}

// A package of runtime shared libraries (libpq5, libxml2), as opposed to headers (-dev), whose libraries only
// the built objects' ldd closure tells.
bool is_runtime_library(const std::string& name) {
  return name.starts_with("lib") && !name.ends_with("-dev");
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

// "/app/*|/usr/local/lib/python3.11/site-packages/*": a case pattern for paths inside the copied directories.
std::string copied_patterns(const std::vector<std::string>& dirs) {
  std::string out;
  for (const auto& dir : dirs) out += (out.empty() ? "" : "|") + (dir == "/" ? std::string() : dir) + "/*";
  return out;
}

}  // namespace

bool is_library_package(const std::string& name) {
  if (ends_with_any(name, {"-bin", "-tools", "-utils", "-progs", "-perl", "-doc", "-common", "-data"}))
    return false;
  if (name.starts_with("libreoffice")) return false;
  return name.starts_with("lib") || name.ends_with("-dev");
}

void collect_native_libraries(const PlanContext& context, const std::vector<std::string>& scan_dirs,
                              const std::vector<std::string>& packages, RuntimePlan& plan) {
  std::vector<std::string> runtime_packages;
  for (const auto& name : packages) {
    if (is_runtime_library(name)) runtime_packages.push_back(name);
  }
  // No pipes: the builder's /bin/sh (dash) has no pipefail, so each step writes a file the next one reads.
  const std::string gathered(kGathered), mount(kRuntimeMount), list(kLddList);
  constexpr std::string_view kNext = " \\\n    ";
  std::string run = "--mount=type=bind,from=" + plan.runtime.reference + ",target=" + mount;
  run += std::string(kNext) + "mkdir -p " + gathered + " && : > " + list + " && \\\n    ";
  if (!runtime_packages.empty()) {
    // The libraries of packages installed for themselves, which code may dlopen by name, and their closure.
    run += "dpkg -L " + quoted_list(runtime_packages) + " > /distill/package-files.txt && \\\n    " +
           "while read -r file; do case \"$file\" in *.so|*.so.*) [ -f \"$file\" ] && " +
           "echo \"${file##*/} => $file\" >> " + list + " && ldd \"$file\" >> " + list + ";; esac; " +
           "done < /distill/package-files.txt;" + std::string(kNext);
  }
  run +=
      "find " + quoted_list(scan_dirs) + " -type f \\( -name '*.so' -o -name '*.so.*' -o -name '*.node' \\)" +
      " -exec ldd {} + >> " + list + " 2>/dev/null;" + std::string(kNext) +
      // Libraries inside the copied directories (a wheel's bundled .libs) reach the runtime with them.
      "while read -r name arrow path rest; do case \"$path\" in " + copied_patterns(scan_dirs) +
      ") continue;; esac; [ \"$arrow\" = \"=>\" ] && [ \"${path#/}\" != \"$path\" ] && " + "[ -z \"$(find " +
      mount + " -maxdepth 4 -path '*/lib/*' -name \"$name\")\" ] && " + "cp -L \"$path\" " + gathered +
      "/\"$name\"; done < " + list + ";" + std::string(kNext) + "ls " + gathered;
  plan.builder_runs.push_back(run);
  plan.copies.emplace_back(std::string(kGathered), false, "/usr/lib");
  std::string why = packages.empty() ? "native code in what the runtime copies may link libraries it lacks"
                                     : "the build installs " + quoted_list(packages);
  context.note(why + "; the builder gathers the shared libraries the native code loads that " +
               plan.runtime.reference +
               " lacks (their ldd closure, checked against that image) and the runtime " +
               "gets them in /usr/lib");
}

}  // namespace distill::rewrite
