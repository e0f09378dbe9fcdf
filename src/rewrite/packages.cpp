#include "rewrite/packages.h"

#include "rewrite/native_libraries.h"

#include <set>

namespace distill::rewrite {

namespace {

// Packages used only to build, fetch or debug: nothing at run time depends on them.
bool build_only(const std::string& name) {
  static const std::set<std::string, std::less<>> kTools = {
      "build-essential", "gcc", "g++", "make", "cmake", "ninja-build", "autoconf", "automake", "libtool",
      "pkg-config", "pkgconf", "git", "curl", "wget", "ca-certificates", "unzip", "zip", "xz-utils", "tar",
      "gzip", "bzip2", "gnupg", "gnupg2", "dirmngr", "apt-transport-https", "software-properties-common",
      "lsb-release", "openssh-client", "patch", "file", "vim", "vim-tiny", "nano", "less", "procps", "htop",
      "net-tools", "iputils-ping", "dnsutils", "telnet", "netcat", "netcat-openbsd", "netcat-traditional",
      "locales", "tzdata", "gettext", "swig", "cargo", "rustc", "golang", "clang", "llvm", "binutils",
      "python3-pip",
      // node-gyp's build-time interpreter
      "python", "python2", "python3", "python-is-python3", "node-gyp", "python3-venv", "python3-setuptools",
      "python3-wheel", "musl-tools", "upx", "upx-ucl", "build-base", "alpine-sdk", "musl-dev",
      "linux-headers", "linux-libc-dev", "bash", "coreutils", "findutils", "sed", "grep", "gawk", "jq",
      "rsync", "sudo", "maven", "gradle", "npm", "yarn", "nodejs-dev", "python3-dev", "python3-distutils",
      "libc-dev", "gfortran", "ccache", "protobuf-compiler", "bison", "flex", "m4", "dpkg-dev", "debhelper",
      "fakeroot", "subversion", "mercurial", "openssl", "apt-utils", "lld"};
  return kTools.contains(name) || name.starts_with("gcc-") || name.starts_with("g++-") ||
         name.starts_with("clang-") || name.starts_with("linux-headers") || name.starts_with("cpp-");
}

}  // namespace

std::string bare_package_name(std::string_view operand) {
  std::string bare(operand.substr(0, operand.find_first_of("=<>~")));
  if (bare.ends_with(":amd64") || bare.ends_with(":arm64")) bare = bare.substr(0, bare.rfind(':'));
  return bare;
}

bool check_packages(const PlanContext& context, RuntimeKind kind, std::vector<std::string>* libraries) {
  std::vector<std::string> missing;
  std::vector<std::string> gathered;
  auto judge = [&](const std::string& name) {
    if (context.facts.removed_later(name)) return;  // `apt-get purge -y $buildDeps` too
    if (name.find('$') != std::string::npos) {      // packages named through a variable: nothing to judge
      missing.push_back(name);
      return;
    }
    if (build_only(name) || context.catalog.provides_library(kind, name)) return;
    (libraries && is_library_package(name) ? gathered : missing).push_back(name);
  };
  for (const auto& name : context.facts.apt_packages) judge(name);
  for (const auto& name : context.facts.apk_packages) judge(name);
  if (missing.empty()) {
    if (libraries) *libraries = std::move(gathered);
    return true;
  }
  std::string list;
  for (const auto& name : missing) list += (list.empty() ? "" : ", ") + name;
  context.refuse("os-packages",
                 "the build installs OS packages the distroless runtime lacks and cannot install (" + list +
                     "); their libraries or programs may be needed at run time",
                 context.facts.stage->from().range);
  return false;
}

}  // namespace distill::rewrite
