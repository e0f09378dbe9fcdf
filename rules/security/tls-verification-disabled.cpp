// DI0006: switching off certificate or signature checks lets anyone on the network path (or a poisoned
// mirror) substitute packages, scripts and sources, and the build cannot notice.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "rules/security/shell_walk_util.h"

namespace distill::rules {
namespace {

using shell_walk::lower;
using shell_walk::Script;

constexpr RuleMeta kMeta{.code = "DI0006",
                         .slug = "tls-verification-disabled",
                         .category = "security",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool is_false(std::string_view value) {
  std::string v = lower(value);
  return v == "false" || v == "0" || v == "no" || v == "off";
}

bool is_true(std::string_view value) {
  std::string v = lower(value);
  return v == "true" || v == "1" || v == "yes" || v == "on";
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view unquote(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    return text.substr(1, text.size() - 2);
  return text;
}

// Environment variables that switch verification off, read by the tools themselves (so ENV, ARG — build
// arguments are in the environment of every RUN — `export` and `NAME=value cmd` prefixes all count).
std::optional<std::string> variable_problem(std::string_view name, std::string_view value) {
  std::string lower_name = lower(name);
  if (name == "NODE_TLS_REJECT_UNAUTHORIZED" && value == "0")
    return "NODE_TLS_REJECT_UNAUTHORIZED=0 makes Node.js accept any TLS certificate";
  if (name == "PYTHONHTTPSVERIFY" && value == "0")
    return "PYTHONHTTPSVERIFY=0 makes Python's urllib/http.client accept any TLS certificate";
  if (name == "GIT_SSL_NO_VERIFY")
    return "GIT_SSL_NO_VERIFY (set to any value, even 0 or false) makes git skip TLS certificate checks";
  if (lower_name == "npm_config_strict_ssl" && is_false(value))
    return std::string(name) + "=" + std::string(value) + " makes npm accept any TLS certificate";
  if (name == "YARN_ENABLE_STRICT_SSL" && is_false(value))
    return "YARN_ENABLE_STRICT_SSL=" + std::string(value) + " makes Yarn accept any TLS certificate";
  if (name == "PIP_TRUSTED_HOST" && !value.empty())
    return "PIP_TRUSTED_HOST makes pip skip TLS verification for " + std::string(value);
  if (name == "CONDA_SSL_VERIFY" && is_false(value))
    return "CONDA_SSL_VERIFY=" + std::string(value) + " makes conda accept any TLS certificate";
  if (name == "GOINSECURE" && !value.empty())
    return "GOINSECURE makes go skip TLS verification (and allow plain HTTP) for " + std::string(value);
  if (name == "BUNDLE_SSL_VERIFY_MODE" && value == "0")
    return "BUNDLE_SSL_VERIFY_MODE=0 makes Bundler accept any TLS certificate";
  return std::nullopt;
}

// `apk add --allow-untrusted /tmp/packages/*.apk`: packages built earlier in the build (typically in a
// builder stage) have no signature to check; the option only matters for packages from a repository.
bool adds_only_local_packages(const Command& apk) {
  if (apk.has_any_flag({"repository", "X"})) return false;
  auto operands = apk.args_without_flags();
  if (operands.size() < 2 || !operands[0].is("add")) return false;
  return std::all_of(operands.begin() + 1, operands.end(),
                     [](const Word& package) { return ends_with(package.value(), ".apk"); });
}

// Where an option sits: its word, and the separate value word when there is one.
// `value` receives a copy: the layout that holds the option's text dies with this call.
std::optional<core::ByteRange> option_range(const Command& command, const syntax::shell::ArgLayout& layout,
                                            std::string_view name, std::string* value = nullptr) {
  for (const auto& option : layout.options) {
    if (option.name != name) continue;
    core::ByteRange range = command.args[option.word].source;
    if (option.value_word) range = shell_walk::span(range, command.args[*option.value_word].source);
    if (value) *value = option.value.value_or("");
    return range;
  }
  return std::nullopt;
}

std::optional<core::ByteRange> option_range(const Command& command, std::string_view name,
                                            std::string* value = nullptr) {
  return option_range(command, command.layout(), name, value);
}

// Whether any argument spells `part`: a cheap test before laying out a command's options.
bool mentions(const Command& command, std::string_view part) {
  return std::any_of(command.args.begin(), command.args.end(),
                     [&](const Word& word) { return word.raw.find(part) != std::string::npos; });
}

struct Problem {
  core::ByteRange range;
  std::string message;
};

class Checker {
 public:
  explicit Checker(std::vector<Problem>& out) : out_(out) {}

  // Whether the script being checked downloads files (curl, wget): a local .apk may then come from the
  // network.
  void set_script_downloads(bool downloads) { script_downloads_ = downloads; }

  void command(const Command& raw) {
    std::optional<Command> storage;
    const Command& c = raw.effective(storage);
    for (const auto& [name, value] : c.assignments) assignment(name, value);
    std::string name(c.basename());
    if (name == "export" || name == "declare" || name == "typeset") exported(c);
    any_tool(c);
    if (name == "curl")
      flags(c, {"k", "insecure", "proxy-insecure"}, "makes curl accept any TLS certificate");
    if (name == "wget") flags(c, {"no-check-certificate"}, "makes wget accept any TLS certificate");
    if (name == "apk" && !(adds_only_local_packages(c) && !script_downloads_))
      flags(c, {"allow-untrusted"}, "makes apk install packages without a valid signature");
    if (name == "rpm")
      flags(c, {"nosignature", "nodigest", "nogpgcheck"}, "makes rpm install packages without checking them");
    if (name == "apt-get" || name == "apt" || name == "aptitude") apt(c);
    if (name == "yum" || name == "dnf" || name == "microdnf" || name == "tdnf" ||
        name == "yum-config-manager" || name == "dnf-config-manager")
      yum(c);
    if (auto pip = pip_view(c)) this->pip(*pip);
    if (name == "npm" || name == "pnpm" || name == "yarn") node_package_manager(c);
    if (name == "git") git(c);
    if (name == "conda" || name == "mamba" || name == "micromamba") conda(c);
    if (name == "composer") composer(c);
    if (name == "echo" || name == "printf") apt_source_text(c);
  }

  void assignment(std::string_view name, const Word& value) {
    if (auto problem = variable_problem(name, value.value())) report(value.source, *problem);
  }

 private:
  void report(core::ByteRange range, std::string message) { out_.push_back({range, std::move(message)}); }

  void flags(const Command& c, std::initializer_list<std::string_view> names, std::string_view effect) {
    if (c.args.empty()) return;
    syntax::shell::ArgLayout layout = c.layout();
    for (std::string_view name : names) {
      if (auto range = option_range(c, layout, name)) {
        std::string spelled = name.size() == 1 ? "-" + std::string(name) : "--" + std::string(name);
        report(*range,
               "'" + spelled + "' " + std::string(effect) + "; remove it and fix the certificate or key");
      }
    }
  }

  // `export GIT_SSL_NO_VERIFY=1`
  void exported(const Command& c) {
    for (const Word& arg : c.args) {
      if (!arg.literal) continue;
      size_t eq = arg.literal->find('=');
      if (eq == std::string::npos || eq == 0) continue;
      if (auto problem = variable_problem(arg.literal->substr(0, eq), arg.literal->substr(eq + 1)))
        report(arg.source, *problem);
    }
  }

  // Flags several tools share: kubectl/helm --insecure-skip-tls-verify, podman/buildah/skopeo
  // --tls-verify=false.
  void any_tool(const Command& c) {
    if (!mentions(c, "tls-verify")) return;
    syntax::shell::ArgLayout layout = c.layout();
    std::string value;
    if (auto range = option_range(c, layout, "insecure-skip-tls-verify", &value); range && !is_false(value))
      report(*range, "'--insecure-skip-tls-verify' makes " + std::string(c.basename()) +
                         " accept any TLS certificate");
    for (std::string_view name : {"tls-verify", "src-tls-verify", "dest-tls-verify"}) {
      if (auto range = option_range(c, layout, name, &value); range && is_false(value))
        report(*range, "'--" + std::string(name) + "=" + std::string(value) + "' makes " +
                           std::string(c.basename()) + " accept any TLS certificate");
    }
  }

  // --allow-unauthenticated, --allow-insecure-repositories, --force-yes, and -o
  // Acquire::https::Verify-Peer=false & co.
  void apt(const Command& c) {
    // --force-yes is the deprecated catch-all that includes --allow-unauthenticated.
    flags(c,
          {"allow-unauthenticated", "allow-insecure-repositories", "allow-downgrade-to-insecure-repositories",
           "force-yes"},
          "makes apt accept unsigned packages or repositories");
    syntax::shell::ArgLayout layout = c.layout();
    for (const auto& option : layout.options) {
      if (option.name != "o" && option.name != "option") continue;
      if (!option.value) continue;
      std::string setting = lower(*option.value);
      size_t eq = setting.find('=');
      if (eq == std::string::npos) continue;
      std::string key = setting.substr(0, eq), value = setting.substr(eq + 1);
      bool bad = ((ends_with(key, "::verify-peer") || ends_with(key, "::verify-host")) && is_false(value)) ||
                 ((key == "acquire::allowinsecurerepositories" || key == "apt::get::allowunauthenticated" ||
                   key == "acquire::allowdowngradetoinsecurerepositories") &&
                  is_true(value));
      if (!bad) continue;
      core::ByteRange range = c.args[option.word].source;
      if (option.value_word) range = shell_walk::span(range, c.args[*option.value_word].source);
      report(range, "'-o " + *option.value + "' switches off apt's certificate or signature checks");
    }
  }

  // --nogpgcheck, --setopt=sslverify=false, --setopt=*.gpgcheck=0.
  void yum(const Command& c) {
    flags(c, {"nogpgcheck"},
          "makes " + std::string(c.basename()) + " install packages without checking their signatures");
    syntax::shell::ArgLayout layout = c.layout();
    for (const auto& option : layout.options) {
      if (option.name != "setopt" || !option.value) continue;
      std::string setting = lower(*option.value);
      size_t eq = setting.find('=');
      if (eq == std::string::npos) continue;
      std::string key = setting.substr(0, eq);
      if (size_t dot = key.rfind('.'); dot != std::string::npos) key = key.substr(dot + 1);
      if ((key == "sslverify" || key == "gpgcheck" || key == "repo_gpgcheck") &&
          is_false(setting.substr(eq + 1)))
        report(c.args[option.word].source, "'--setopt=" + *option.value + "' switches off " +
                                               std::string(c.basename()) +
                                               "'s certificate or signature checks");
    }
  }

  // pip itself or `python -m pip`.
  static std::optional<Command> pip_view(const Command& c) {
    std::string name(c.basename());
    auto is_numbered = [](std::string_view n, std::string_view stem) {
      return n.substr(0, stem.size()) == stem &&
             n.substr(stem.size()).find_first_not_of("0123456789.") == std::string_view::npos;
    };
    if (is_numbered(name, "pip")) return c;
    if (!is_numbered(name, "python")) return std::nullopt;
    for (size_t i = 0; i + 1 < c.args.size(); ++i) {
      if (!c.args[i].is("-m")) continue;
      if (!c.args[i + 1].literal || !is_numbered(*c.args[i + 1].literal, "pip")) return std::nullopt;
      Command view = c;
      view.name = c.args[i + 1];
      view.args.assign(c.args.begin() + static_cast<std::ptrdiff_t>(i) + 2, c.args.end());
      return view;
    }
    return std::nullopt;
  }

  // --trusted-host, and `pip config set global.trusted-host …`.
  void pip(const Command& c) {
    if (auto range = option_range(c, "trusted-host"))
      report(*range,
             "'--trusted-host' makes pip skip TLS verification for that host; fix the certificate instead");
    auto operands = c.args_without_flags();
    if (operands.size() >= 3 && operands[0].is("config") && operands[1].is("set") &&
        ends_with(lower(operands[2].value()), "trusted-host"))
      report(shell_walk::span(operands[2].source, operands.back().source),
             "'" + operands[2].value() + "' makes pip skip TLS verification for that host");
  }

  // npm/pnpm/yarn config set strict-ssl false (yarn berry: enableStrictSsl), and --strict-ssl=false.
  void node_package_manager(const Command& c) {
    std::string value;
    if (auto range = option_range(c, "strict-ssl", &value); range && is_false(value))
      report(*range, "'--strict-ssl=" + std::string(value) + "' makes " + std::string(c.basename()) +
                         " accept any TLS certificate");
    if (auto range = option_range(c, "no-strict-ssl"))
      report(*range, "'--no-strict-ssl' makes " + std::string(c.basename()) + " accept any TLS certificate");
    auto operands = c.args_without_flags();
    size_t i = !operands.empty() && operands[0].is("config") ? 1 : 0;  // `npm set` is `npm config set`
    if (i >= operands.size() || !operands[i].is("set")) return;
    if (++i >= operands.size()) return;
    std::string key = lower(operands[i].value()), value_text;
    core::ByteRange range = operands[i].source;
    if (size_t eq = key.find('='); eq != std::string::npos) {
      value_text = key.substr(eq + 1);
      key = key.substr(0, eq);
    } else if (i + 1 < operands.size()) {
      value_text = operands[i + 1].value();
      range = shell_walk::span(range, operands[i + 1].source);
    }
    if ((key == "strict-ssl" || key == "enablestrictssl") && is_false(value_text))
      report(range, "'" + std::string(c.basename()) + " config set " + key + " " + value_text +
                        "' makes it accept any TLS certificate");
  }

  // git config [--global] http[.<url>].sslVerify false, and git -c http.sslVerify=false.
  void git(const Command& c) {
    auto is_ssl_verify = [](std::string key) {
      key = lower(key);
      return key.substr(0, 5) == "http." && ends_with(key, ".sslverify");
    };
    for (const auto& option : c.layout().options) {
      if (option.name != "c" || !option.value) continue;
      size_t eq = option.value->find('=');
      if (eq != std::string::npos && is_ssl_verify(option.value->substr(0, eq)) &&
          is_false(option.value->substr(eq + 1))) {
        core::ByteRange range = c.args[option.word].source;
        if (option.value_word) range = shell_walk::span(range, c.args[*option.value_word].source);
        report(range, "'-c " + *option.value + "' makes git accept any TLS certificate");
      }
    }
    auto operands = c.args_without_flags();
    if (operands.empty() || !operands[0].is("config")) return;
    for (size_t i = 1; i + 1 < operands.size(); ++i) {
      if (is_ssl_verify(operands[i].value()) && is_false(operands[i + 1].value())) {
        report(shell_walk::span(operands[i].source, operands[i + 1].source),
               "'" + operands[i].value() + " " + operands[i + 1].value() +
                   "' makes git accept any TLS certificate");
        return;
      }
    }
  }

  // conda config --set ssl_verify false
  void conda(const Command& c) {
    for (size_t i = 0; i + 2 < c.args.size(); ++i) {
      if (c.args[i].is("--set") && c.args[i + 1].is("ssl_verify") && is_false(c.args[i + 2].value()))
        report(shell_walk::span(c.args[i].source, c.args[i + 2].source),
               "'--set ssl_verify " + c.args[i + 2].value() + "' makes " + std::string(c.basename()) +
                   " accept any TLS certificate");
    }
  }

  // composer config [-g] secure-http false / disable-tls true
  void composer(const Command& c) {
    auto operands = c.args_without_flags();
    if (operands.size() < 3 || !operands[0].is("config")) return;
    const Word& key = operands[1];
    const Word& value = operands[2];
    if ((key.is("secure-http") && is_false(value.value())) ||
        (key.is("disable-tls") && is_true(value.value())))
      report(shell_walk::span(key.source, value.source),
             "'" + key.value() + " " + value.value() + "' lets composer download without TLS verification");
  }

  // echo "deb [trusted=yes] http://… ./" > /etc/apt/sources.list.d/x.list: an apt source without signatures.
  void apt_source_text(const Command& c) {
    for (const Word& arg : c.args) {
      if (arg.literal && arg.literal->find("deb") != std::string::npos &&
          arg.literal->find("trusted=yes") != std::string::npos) {
        report(arg.source, "an apt source marked [trusted=yes] is used without checking its signature");
        return;
      }
    }
  }

  std::vector<Problem>& out_;
  bool script_downloads_ = false;
};

class TlsVerificationDisabled final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    std::vector<Problem> problems;
    if (in.is("ENV") || in.is("ARG")) {
      for (const auto& pair : in.pairs) {
        if (!pair.value) continue;
        if (auto problem = variable_problem(pair.key, unquote(*pair.value)))
          problems.push_back({pair.range, *problem});
      }
    }
    if (in.is("RUN")) {
      Checker checker(problems);
      shell_walk::for_each_script(in, ctx, [&](const Script& script) {
        for (const auto& assignment : script.assignments)
          checker.assignment(assignment.name, assignment.value);
        checker.set_script_downloads(
            std::any_of(script.commands.begin(), script.commands.end(), [](const Command& c) {
              std::optional<Command> storage;
              const Command& effective = c.effective(storage);
              return effective.is("curl") || effective.is("wget");
            }));
        for (const Command& command : script.commands) checker.command(command);
      });
    }
    for (auto& problem : problems) ctx.report(problem.range, std::move(problem.message));
  }
};

}  // namespace

std::unique_ptr<Rule> make_tls_verification_disabled() {
  return std::make_unique<TlsVerificationDisabled>();
}

}  // namespace distill::rules
