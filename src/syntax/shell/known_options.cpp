// The option tables, as data, taken from each tool's manual page (options that take a value only).
#include "syntax/shell/known_options.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace distill::syntax::shell {

namespace {

struct Entry {
  std::vector<std::string_view> names;
  OptionTable table;
};

// Built once, never changed: immutable shared data, safe to read from any thread.
std::vector<Entry> make_catalogue() {
  OptionTable apt{"oct", {"option", "config-file", "target-release", "default-release"}, {}, false};
  OptionTable apk{"Xpt",
                  {"repository", "root", "virtual", "cache-dir", "keys-dir", "arch", "repositories-file",
                   "timeout", "wait"},
                  {},
                  false};
  OptionTable pip{"rceitf",
                  {"requirement",
                   "constraint",
                   "editable",
                   "target",
                   "index-url",
                   "extra-index-url",
                   "find-links",
                   "prefix",
                   "root",
                   "platform",
                   "python-version",
                   "implementation",
                   "abi",
                   "src",
                   "upgrade-strategy",
                   "progress-bar",
                   "cache-dir",
                   "proxy",
                   "retries",
                   "timeout",
                   "log",
                   "trusted-host",
                   "cert",
                   "client-cert",
                   "exists-action",
                   "no-binary",
                   "only-binary",
                   "config-settings",
                   "global-option",
                   "report"},
                  {},
                  false};
  OptionTable npm{"w",
                  {"registry", "prefix", "cache", "userconfig", "loglevel", "omit", "include", "workspace",
                   "tag", "install-strategy"},
                  {},
                  false};
  OptionTable yarn{
      "", {"cwd", "cache-folder", "modules-folder", "registry", "network-timeout", "mutex"}, {}, false};
  OptionTable rpm{"cRxde",
                  {"config", "exclude", "setopt", "enablerepo", "disablerepo", "installroot", "releasever",
                   "repo", "repofrompath", "downloaddir", "destdir", "forcearch"},
                  {},
                  false};
  // zypper(8): global options, then install's (-r/--repo/--from, -t/--type, --download).
  OptionTable zypper{"RDCcprt",
                     {"root", "repo", "from", "reposd-dir", "cache-dir", "raw-cache-dir", "solv-cache-dir",
                      "pkg-cache-dir", "config", "plus-repo", "userdata", "installroot", "type", "download"},
                     {},
                     false};
  OptionTable curl{
      "AbcCdDeEFHKmorTuUwxXyYztPQ",
      {"output",     "user-agent",   "cookie",         "cookie-jar",  "continue-at", "data",
       "data-raw",   "data-binary",  "data-urlencode", "dump-header", "referer",     "cert",
       "form",       "header",       "config",         "max-time",    "range",       "upload-file",
       "user",       "proxy-user",   "write-out",      "proxy",       "request",     "connect-timeout",
       "retry",      "retry-delay",  "retry-max-time", "cacert",      "capath",      "key",
       "limit-rate", "max-filesize", "output-dir",     "resolve",     "proto",       "proto-redir"},
      {},
      false};
  OptionTable wget{"OoaPUeTtwiBQlDARIX",
                   {"output-document",
                    "output-file",
                    "append-output",
                    "directory-prefix",
                    "user-agent",
                    "execute",
                    "timeout",
                    "tries",
                    "wait",
                    "input-file",
                    "base",
                    "quota",
                    "level",
                    "domains",
                    "accept",
                    "reject",
                    "include-directories",
                    "exclude-directories",
                    "header",
                    "user",
                    "password",
                    "post-data",
                    "body-data",
                    "method",
                    "ca-certificate",
                    "certificate",
                    "private-key",
                    "limit-rate",
                    "progress"},
                   {},
                   false};
  OptionTable tar{
      "fCTXbgNLVKHI",
      {"file", "directory", "files-from", "exclude-from", "exclude", "transform", "strip-components", "owner",
       "group", "mode", "use-compress-program", "format", "blocking-factor"},
      {},
      false};
  OptionTable useradd{"bcdefgGkKpsuRP",
                      {"base-dir", "comment", "home-dir", "expiredate", "inactive", "gid", "groups", "skel",
                       "key", "password", "shell", "uid", "root", "prefix", "selinux-user"},
                      {},
                      false};
  OptionTable groupadd{"gKpR", {"gid", "key", "password", "root"}, {}, false};
  // Debian's adduser takes long options; BusyBox's (Alpine) takes the short ones.
  OptionTable adduser{
      "hgsGuk",
      {"home", "shell", "uid", "gid", "ingroup", "gecos", "firstuid", "lastuid", "conf", "comment"},
      {},
      false};
  OptionTable shells{"oO", {"rcfile", "init-file"}, {}, true};
  OptionTable go{
      "op",
      {"ldflags", "gcflags", "asmflags", "tags", "mod", "modfile", "buildmode", "installsuffix", "pkgdir",
       "toolexec", "overlay", "pgo", "compiler", "coverpkg", "covermode", "count", "run", "timeout"},
      {"ldflags",    "gcflags",   "asmflags", "tags",     "mod",   "modfile",       "trimpath",
       "buildvcs",   "buildmode", "race",     "msan",     "asan",  "installsuffix", "pkgdir",
       "toolexec",   "overlay",   "pgo",      "compiler", "cover", "coverpkg",      "covermode",
       "modcacherw", "work",      "json",     "count",    "run",   "timeout"},
      false};
  // gem help install.
  OptionTable gem{"vinspPg",
                  {"version", "source", "install-dir", "bindir", "platform", "http-proxy", "trust-policy",
                   "file", "build-root", "without", "config-file", "target-rbconfig"},
                  {},
                  false};
  OptionTable java{"",
                   {"jar", "cp", "classpath", "module-path", "add-opens", "add-exports"},
                   {"jar", "cp", "classpath"},
                   false};
  OptionTable git{"cCbmoj",
                  {"branch", "depth", "origin", "config", "reference", "separate-git-dir", "jobs",
                   "shallow-since", "filter", "message"},
                  {},
                  false};
  OptionTable make{"CfIoW", {"directory", "file", "include-dir", "old-file", "what-if"}, {}, false};
  OptionTable poetry{"E", {"with", "without", "only", "extras", "directory"}, {}, false};
  OptionTable uv{"rc",
                 {"python", "index-url", "extra-index-url", "find-links", "requirement", "constraint",
                  "target", "cache-dir", "group", "extra"},
                 {},
                 false};
  OptionTable conda{"cnp", {"channel", "name", "prefix", "file"}, {}, false};

  return {
      {{"apt-get", "apt", "aptitude"}, apt},
      {{"apk"}, apk},
      {{"pip", "pip3", "pipx"}, pip},
      {{"npm", "pnpm"}, npm},
      {{"yarn"}, yarn},
      {{"dnf", "yum", "microdnf", "tdnf"}, rpm},
      {{"zypper"}, zypper},
      {{"curl"}, curl},
      {{"wget"}, wget},
      {{"tar"}, tar},
      {{"useradd", "usermod"}, useradd},
      {{"groupadd", "groupmod"}, groupadd},
      {{"adduser", "addgroup"}, adduser},
      {{"sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"}, shells},
      {{"go"}, go},
      {{"gem"}, gem},
      {{"java"}, java},
      {{"git"}, git},
      {{"make", "gmake"}, make},
      {{"poetry"}, poetry},
      {{"uv"}, uv},
      {{"conda", "mamba", "micromamba"}, conda},
  };
}

}  // namespace

const OptionTable& options_for(std::string_view basename) {
  static const std::vector<Entry> catalogue = make_catalogue();
  // Looked up for every command of every RUN, several times per rule: an index by name, built once and
  // never changed afterwards (safe to read from any thread).
  static const std::unordered_map<std::string_view, const OptionTable*> by_name = [] {
    std::unordered_map<std::string_view, const OptionTable*> index;
    for (const Entry& entry : catalogue) {
      for (std::string_view name : entry.names) index.emplace(name, &entry.table);  // the first entry wins
    }
    return index;
  }();
  static const OptionTable none{};
  // "pip3.12" and "python3.11" are the same tools as "pip3"/"pip" and "python".
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (auto it = by_name.find(basename); it != by_name.end()) return *it->second;
    size_t end = basename.find_last_not_of("0123456789.");
    if (end == std::string_view::npos || end + 1 == basename.size()) break;
    basename = basename.substr(0, end + 1);
  }
  return none;
}

}  // namespace distill::syntax::shell
