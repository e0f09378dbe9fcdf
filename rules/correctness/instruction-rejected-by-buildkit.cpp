// DI0025: before it builds anything, BuildKit turns every parsed instruction into a typed command, checking
// flags and argument counts (instructions/parse.go, bflag.go) and, as it converts a stage, EXPOSE's ports;
// one refusal fails the whole build, so each is reported here with the words BuildKit would use.
#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "config/suggest.h"
#include "core/text.h"
#include "lint/rule_api.h"
#include "rules/correctness/buildkit_values.h"
#include "rules/correctness/expose_util.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0025",
                         .slug = "instruction-rejected-by-buildkit",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

struct Rejection {
  core::ByteRange range;
  std::string message;
};
using Verdict = std::optional<Rejection>;

// BuildKit's flag types: a bool may stand alone (`--link`), a string needs `=`, strings may repeat.
enum class FlagKind { kBool, kString, kStrings };
struct FlagSpec {
  std::string_view name;
  FlagKind kind;
};

// The flags of the stable Dockerfile frontend (1.20+: COPY --parents, ADD/COPY --exclude, RUN --security
// and, since 1.27, RUN --device left the labs channel). Instructions not listed take no flags.
constexpr FlagSpec kFromFlags[] = {{"platform", FlagKind::kString}};
constexpr FlagSpec kRunFlags[] = {{"mount", FlagKind::kStrings},
                                  {"network", FlagKind::kString},
                                  {"security", FlagKind::kString},
                                  {"device", FlagKind::kStrings}};
constexpr FlagSpec kCopyFlags[] = {{"chown", FlagKind::kString},    {"from", FlagKind::kString},
                                   {"chmod", FlagKind::kString},    {"link", FlagKind::kBool},
                                   {"exclude", FlagKind::kStrings}, {"parents", FlagKind::kBool}};
constexpr FlagSpec kAddFlags[] = {{"chown", FlagKind::kString},    {"chmod", FlagKind::kString},
                                  {"link", FlagKind::kBool},       {"keep-git-dir", FlagKind::kBool},
                                  {"checksum", FlagKind::kString}, {"unpack", FlagKind::kBool},
                                  {"exclude", FlagKind::kStrings}};
constexpr FlagSpec kHealthcheckFlags[] = {{"interval", FlagKind::kString},
                                          {"timeout", FlagKind::kString},
                                          {"start-period", FlagKind::kString},
                                          {"start-interval", FlagKind::kString},
                                          {"retries", FlagKind::kString}};

Rejection at_keyword(const Instruction& in, std::string message) {
  return Rejection{in.keyword_range, std::move(message)};
}

core::ByteRange value_or_flag(const syntax::Flag& flag) {
  return flag.value_range.empty() ? flag.range : flag.value_range;
}

// The flag lists are those of the stable docker/dockerfile frontend, the default; a `# syntax=` naming a labs
// image or another frontend may accept flags unknown here.
bool stable_frontend(const Context& ctx) {
  const syntax::Directive* syntax = ctx.file().directive("syntax");
  return syntax == nullptr || (syntax->value.find("docker/dockerfile") != std::string::npos &&
                               syntax->value.find("labs") == std::string::npos);
}

// BFlags.Parse: every flag known, none repeated but the repeatable ones, each with the value its type needs.
Verdict check_flags(const Instruction& in, const Context& ctx, std::span<const FlagSpec> known = {}) {
  std::vector<std::string_view> seen;
  for (const syntax::Flag& flag : in.flags) {
    const std::string written = "--" + flag.name;
    const FlagSpec* spec = nullptr;
    for (const FlagSpec& candidate : known) {
      if (candidate.name == flag.name) spec = &candidate;
    }
    if (spec == nullptr) {
      if (!stable_frontend(ctx)) continue;
      std::vector<std::string> names;
      for (const FlagSpec& candidate : known) names.push_back("--" + std::string(candidate.name));
      return Rejection{flag.range, "unknown flag: " + written + config::did_you_mean(written, names)};
    }
    bool repeated = std::find(seen.begin(), seen.end(), spec->name) != seen.end();
    if (repeated && spec->kind != FlagKind::kStrings) {
      return Rejection{flag.range, "duplicate flag specified: " + written};
    }
    seen.push_back(spec->name);
    if (spec->kind == FlagKind::kBool) {
      if (flag.value && flag.value->empty())
        return Rejection{flag.range, "missing a value on flag: " + written};
      std::string value = core::to_lower(flag.value.value_or("true"));
      if (value != "true" && value != "false") {
        return Rejection{flag.value_range,
                         "expecting boolean value for flag " + written + ", not: " + *flag.value};
      }
    } else if (!flag.value) {
      return Rejection{flag.range, "missing a value on flag: " + written};
    }
  }
  return std::nullopt;
}

// parseBuildStageName: `FROM image` or `FROM image AS name`, the name (lower-cased) matching
// ^[a-z][a-z0-9-_.]*$; BuildKit does not expand variables in it.
Verdict check_from(const Instruction& in, const Context& ctx) {
  const auto& args = in.args;
  if (args.size() == 3 && core::iequals(args[1].text, "as")) {
    std::string name = core::to_lower(args[2].text);
    bool valid = !name.empty() && name.front() >= 'a' && name.front() <= 'z' &&
                 name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_.") == std::string::npos;
    if (!valid) {
      return Rejection{args[2].range, "invalid name for build stage: " + buildkit::go_quote(args[2].text) +
                                          ", name can't start with a number or contain symbols"};
    }
  } else if (args.size() != 1) {
    const char* message = "FROM requires either one or three arguments";
    if (args.empty()) return at_keyword(in, message);
    size_t first_extra = args.size() > 3 ? 3 : 1;
    return Rejection{{args[first_extra].range.begin, args.back().range.end}, message};
  }
  return check_flags(in, ctx, kFromFlags);
}

// parseAdd/parseCopy: a source and a destination, which cannot be a heredoc.
Verdict check_copy(const Instruction& in, const Context& ctx, std::span<const FlagSpec> flags) {
  if (in.args.size() < 2) {
    std::string message = in.keyword +
                          " requires at least two arguments, but only one was provided. Destination could "
                          "not be determined";
    return in.args.empty() ? at_keyword(in, message) : Rejection{in.args.front().range, message};
  }
  if (auto verdict = check_flags(in, ctx, flags)) return verdict;
  if (util::is_heredoc_marker(in, in.args.back())) {
    return Rejection{in.args.back().range, in.keyword + " cannot accept a heredoc as a destination"};
  }
  return std::nullopt;
}

// `RUN --mount=…,from=$X`: the one mount option BuildKit checks before variables are known (the others wait
// for expansion). A quoted CSV field is left alone rather than half-parsed.
Verdict check_mount_from(const syntax::Flag& mount) {
  if (!mount.value || mount.value->find('"') != std::string::npos) return std::nullopt;
  for (std::string_view field : core::split(*mount.value, ',')) {
    size_t eq = field.find('=');
    if (eq == std::string_view::npos || core::to_lower(field.substr(0, eq)) != "from") continue;
    size_t dollar = field.find('$', eq + 1);
    if (dollar != std::string_view::npos && dollar + 1 < field.size()) {
      return Rejection{mount.value_range,
                       "'from' doesn't support variable expansion, define alias stage instead"};
    }
  }
  return std::nullopt;
}

// parseRun and its hooks: the flags, then the values BuildKit checks as it reads them (unexpanded).
Verdict check_run(const Instruction& in, const Context& ctx) {
  if (auto verdict = check_flags(in, ctx, kRunFlags)) return verdict;
  for (const syntax::Flag& flag : in.flags) {
    if (flag.name == "mount") {
      if (auto verdict = check_mount_from(flag)) return verdict;
    }
  }
  if (const syntax::Flag* network = in.flag("network")) {
    const std::string& value = *network->value;
    if (value != "default" && value != "none" && value != "host") {
      return Rejection{value_or_flag(*network), "invalid network mode " + buildkit::go_quote(value)};
    }
  }
  if (const syntax::Flag* security = in.flag("security")) {
    const std::string& value = *security->value;
    if (value != "insecure" && value != "sandbox") {
      return Rejection{value_or_flag(*security), "security " + buildkit::go_quote(value) + " is not valid"};
    }
  }
  return std::nullopt;
}

// parseOptInterval: a Go duration that is 0 or at least 1ms. BuildKit expands no variables here.
Verdict check_duration(const Instruction& in, std::string_view name) {
  const syntax::Flag* flag = in.flag(name);
  if (flag == nullptr || flag->value->empty()) return std::nullopt;
  std::string error;
  auto nanoseconds = buildkit::parse_go_duration(*flag->value, error);
  if (!nanoseconds) return Rejection{flag->value_range, error};
  if (*nanoseconds != 0 && *nanoseconds < 1e6L) {
    return Rejection{flag->value_range, "Interval " + buildkit::go_quote(name) + " cannot be less than 1ms"};
  }
  return std::nullopt;
}

// parseHealthcheck: NONE (whose flags BuildKit never reads) or CMD with a command, then the flag values.
Verdict check_healthcheck(const Instruction& in, const Context& ctx) {
  if (in.args.empty()) return at_keyword(in, "HEALTHCHECK requires at least one argument");
  const syntax::Argument& type = in.args.front();
  if (core::iequals(type.text, "NONE")) {
    if (in.args.size() == 1) return std::nullopt;
    return Rejection{{in.args[1].range.begin, in.args.back().range.end},
                     "HEALTHCHECK NONE takes no arguments"};
  }
  if (auto verdict = check_flags(in, ctx, kHealthcheckFlags)) return verdict;
  if (!core::iequals(type.text, "CMD")) {
    return Rejection{type.range, "Unknown type " + buildkit::go_quote(core::to_upper(type.text)) +
                                     " in HEALTHCHECK (try CMD)"};
  }
  if (in.args.size() < 2) return Rejection{type.range, "Missing command after HEALTHCHECK CMD"};
  for (std::string_view name : {"interval", "timeout", "start-period", "start-interval"}) {
    if (auto verdict = check_duration(in, name)) return verdict;
  }
  const syntax::Flag* retries = in.flag("retries");
  if (retries == nullptr || retries->value->empty()) return std::nullopt;
  std::string error;
  auto count = buildkit::parse_go_int32(*retries->value, error);
  if (!count) return Rejection{retries->value_range, error};
  if (*count < 0) {
    return Rejection{retries->value_range, "--retries cannot be negative (" + std::to_string(*count) + ")"};
  }
  return std::nullopt;
}

// dispatchExpose: each argument expanded into words, each word a port spec. In an ONBUILD trigger the
// variables are the child image's, unknown here.
Verdict check_expose_ports(const Instruction& in, const Context& ctx) {
  for (const syntax::Argument& arg : in.args) {
    if (ctx.in_onbuild() && arg.text.find('$') != std::string::npos) continue;
    auto specs = expose::port_specs(ctx, arg);
    if (!specs) continue;
    for (const std::string& spec : *specs) {
      auto error = buildkit::port_spec_error(spec);
      if (!error) continue;
      if (arg.text.find('$') != std::string::npos) *error += " (" + arg.text + " is " + spec + ")";
      return Rejection{arg.range, *error};
    }
  }
  return std::nullopt;
}

// ENV and LABEL: at least one pair, none with an empty key.
Verdict check_pairs(const Instruction& in, const Context& ctx) {
  if (auto verdict = check_flags(in, ctx)) return verdict;
  if (in.pairs.empty()) return at_keyword(in, in.keyword + " requires at least one argument");
  for (const syntax::KeyValue& pair : in.pairs) {
    if (pair.key.empty()) return Rejection{pair.range, in.keyword + " names can not be blank"};
  }
  return std::nullopt;
}

// SHELL: a non-empty JSON array.
Verdict check_shell(const Instruction& in, const Context& ctx) {
  if (auto verdict = check_flags(in, ctx)) return verdict;
  if (in.args.empty()) return at_keyword(in, "SHELL requires at least one argument");
  if (in.form != syntax::Form::kJson) {
    return Rejection{{in.args.front().range.begin, in.args.back().range.end},
                     "SHELL requires the arguments to be in JSON form"};
  }
  return std::nullopt;
}

Verdict check_volume(const Instruction& in, const Context& ctx) {
  if (in.args.empty()) return at_keyword(in, "VOLUME requires at least one argument");
  if (auto verdict = check_flags(in, ctx)) return verdict;
  for (const syntax::Argument& arg : in.args) {
    if (arg.text.find_first_not_of(" \t\n\v\f\r") == std::string::npos) {
      return Rejection{arg.range, "VOLUME specified can not be an empty string"};
    }
  }
  return std::nullopt;
}

// What BuildKit says of one instruction, in the order it checks; nullopt when it takes it.
Verdict judge(const Instruction& in, const Context& ctx) {
  const std::string& k = in.keyword;
  auto exactly_one = [&]() -> Verdict {
    if (in.args.empty()) return at_keyword(in, k + " requires exactly one argument");
    return std::nullopt;
  };
  auto at_least_one = [&]() -> Verdict {
    if (in.args.empty()) return at_keyword(in, k + " requires at least one argument");
    return std::nullopt;
  };
  if (k == "FROM") return check_from(in, ctx);
  if (k == "COPY") return check_copy(in, ctx, kCopyFlags);
  if (k == "ADD") return check_copy(in, ctx, kAddFlags);
  if (k == "RUN") return check_run(in, ctx);
  if (k == "HEALTHCHECK") return check_healthcheck(in, ctx);
  if (k == "ENV" || k == "LABEL") return check_pairs(in, ctx);
  if (k == "SHELL") return check_shell(in, ctx);
  if (k == "VOLUME") return check_volume(in, ctx);
  if (k == "CMD" || k == "ENTRYPOINT") return check_flags(in, ctx);
  // STOPSIGNAL and ARG never read their flags.
  if (k == "STOPSIGNAL") return exactly_one();
  if (k == "ARG") {
    if (auto verdict = at_least_one()) return verdict;
    for (const syntax::Argument& arg : in.args) {
      if (!arg.text.empty() && arg.text.front() == '=')
        return Rejection{arg.range, "ARG names can not be blank"};
    }
    return std::nullopt;
  }
  if (k == "MAINTAINER" || k == "WORKDIR" || k == "USER") {
    if (auto verdict = exactly_one()) return verdict;
    return check_flags(in, ctx);
  }
  if (k == "ONBUILD") {
    if (in.trigger.empty()) return at_keyword(in, "ONBUILD requires at least one argument");
    return check_flags(in, ctx);
  }
  if (k == "EXPOSE") {
    if (auto verdict = at_least_one()) return verdict;
    if (auto verdict = check_flags(in, ctx)) return verdict;
    // Ports are read while BuildKit converts a stage; before the first FROM there is none.
    return ctx.stage() ? check_expose_ports(in, ctx) : std::nullopt;
  }
  return std::nullopt;
}

// An instruction the parser already reports (a tree-sitter error inside it, or BuildKit's parser refusing
// it).
bool has_syntax_error(const Instruction& in, const Context& ctx) {
  return !in.errors.empty() ||
         std::any_of(ctx.file().errors.begin(), ctx.file().errors.end(), [&](const syntax::SyntaxError& e) {
           return in.range.begin <= e.range.begin && e.range.begin <= in.range.end;
         });
}

void check(const Instruction& in, Context& ctx) {
  // Unknown keywords (DI0012), syntax errors and forbidden triggers (DL3043) are reported elsewhere.
  if (!in.known || has_syntax_error(in, ctx)) return;
  if (ctx.in_onbuild() && (in.is("FROM") || in.is("MAINTAINER") || in.is("ONBUILD"))) return;
  auto verdict = judge(in, ctx);
  if (!verdict) return;
  // BuildKit stores a trigger as text and reads it only when a child image builds FROM this one.
  if (ctx.in_onbuild()) verdict->message += " (in an ONBUILD trigger: every image built FROM this one fails)";
  ctx.report(verdict->range, std::move(verdict->message));
}

}  // namespace

std::unique_ptr<Rule> make_instruction_rejected_by_buildkit() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
