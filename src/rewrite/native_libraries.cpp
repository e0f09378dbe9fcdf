#include "rewrite/native_libraries.h"

#include <string_view>

namespace distill::rewrite {

namespace {

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
  // POSIX sh without pipes: the builder's /bin/sh (dash) has no pipefail, so each step writes a file the next
  // one reads, and a failing step cannot hide behind a pipeline.
  std::vector<std::string> steps = {"mkdir -p /distill/lib && : > /distill/ldd.txt &&"};
  if (!runtime_packages.empty()) {
    // The libraries of packages installed for themselves, which code may dlopen by name, and their closure.
    steps.push_back("dpkg -L " + quoted_list(runtime_packages) + " > /distill/package-files.txt &&");
    steps.emplace_back("while read -r file; do case \"$file\" in *.so|*.so.*) [ -f \"$file\" ] &&");
    steps.emplace_back(
        "  echo \"${file##*/} => $file\" >> /distill/ldd.txt && ldd \"$file\" >> /distill/ldd.txt;;");
    steps.emplace_back("esac; done < /distill/package-files.txt;");
  }
  steps.push_back("find " + quoted_list(scan_dirs) +
                  " -type f \\( -name '*.so' -o -name '*.so.*' -o -name '*.node' \\) -exec ldd {} + >> "
                  "/distill/ldd.txt 2>/dev/null;");
  steps.emplace_back("while read -r name arrow path rest; do");
  // Libraries inside the copied directories (a wheel's bundled .libs) reach the runtime with them.
  steps.push_back("  case \"$path\" in " + copied_patterns(scan_dirs) + ") continue;; esac;");
  steps.emplace_back("  [ \"$arrow\" = \"=>\" ] && [ \"${path#/}\" != \"$path\" ] &&");
  steps.emplace_back("  [ -z \"$(find /distill/runtime -maxdepth 4 -path '*/lib/*' -name \"$name\")\" ] &&");
  steps.emplace_back("  cp -L \"$path\" /distill/lib/\"$name\";");
  steps.emplace_back("done < /distill/ldd.txt;");
  steps.emplace_back("ls /distill/lib");
  std::string run = "--mount=type=bind,from=" + plan.runtime.reference + ",target=/distill/runtime";
  for (const auto& step : steps) run += " \\\n    " + step;
  plan.builder_runs.push_back(run);
  plan.copies.emplace_back("/distill/lib", false, "/usr/lib");
  std::string why = packages.empty() ? "native code in what the runtime copies may link libraries it lacks"
                                     : "the build installs " + quoted_list(packages);
  context.note(why + "; the builder gathers the shared libraries the native code loads that " +
               plan.runtime.reference +
               " lacks (their ldd closure, checked against that image) and the runtime " +
               "gets them in /usr/lib");
}

}  // namespace distill::rewrite
