// EXPOSE arguments as BuildKit's dispatchExpose reads them, for the two checks it runs on them
// (ExposeProtoCasing, ExposeInvalidFormat): expanded into words, each split into
// [ip:][host-port:]container-port[/protocol].
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/expansion.h"

namespace distill::rules::expose {

struct PortSpec {
  std::string_view ip;         // everything before the host port ("127.0.0.1", "[::1]"), or ""
  std::string_view host_port;  // "8080", or ""
  std::string_view port;       // the container port or port range
  std::string_view protocol;   // as written, or "" for the default (tcp)
};

// Split as BuildKit does: on ':', the last part the container port, the part before it the host port, and
// all before that the IP (so `::80` has neither). nullopt where BuildKit fails the build before it lints the
// spec: no container port, or a protocol other than tcp, udp and sctp.
inline std::optional<PortSpec> split_port_spec(std::string_view spec) {
  PortSpec out;
  size_t last = spec.rfind(':');
  out.port = last == std::string_view::npos ? spec : spec.substr(last + 1);
  if (last != std::string_view::npos) {
    size_t before = spec.rfind(':', last == 0 ? 0 : last - 1);
    if (last == 0 || before == std::string_view::npos) {
      out.host_port = spec.substr(0, last);
    } else {
      out.host_port = spec.substr(before + 1, last - before - 1);
      out.ip = spec.substr(0, before);
    }
  }
  size_t slash = out.port.find('/');
  if (slash != std::string_view::npos) {
    out.protocol = out.port.substr(slash + 1);
    out.port = out.port.substr(0, slash);
  }
  std::string protocol = core::to_lower(out.protocol);
  if (out.port.empty() ||
      !(protocol.empty() || protocol == "tcp" || protocol == "udp" || protocol == "sctp")) {
    return std::nullopt;
  }
  return out;
}

// The port specs one EXPOSE argument stands for (variables expanded, quotes removed, split into words);
// nullopt when it uses a variable whose value is unknown here.
inline std::optional<std::vector<std::string>> port_specs(const Context& ctx, const syntax::Argument& arg) {
  char escape = ctx.file().escape;
  if (syntax::expands_to_itself(arg.text, escape)) return std::vector<std::string>{arg.text};
  if (!util::variables_known(ctx, arg.text)) return std::nullopt;
  auto words = syntax::variables::expand_words(arg.text, ctx.scope().lookup(), escape);
  if (!words) return std::nullopt;
  return std::move(words.value());
}

// BuildKit checks EXPOSE while it builds a stage: not in an ONBUILD trigger, nor before the first FROM.
inline bool linted(const Instruction& in, const Context& ctx) {
  return in.is("EXPOSE") && ctx.stage() && !ctx.in_onbuild();
}

// Calls `f(arg, spec, parts, alone)` for each port spec of an EXPOSE that BuildKit lints, except those it
// rejects first; `alone` when the spec is all its argument stands for, so that a fix may edit the argument.
template <typename F>
void for_each_port_spec(const Instruction& in, const Context& ctx, F&& f) {
  if (!linted(in, ctx)) return;
  for (const auto& arg : in.args) {
    auto specs = port_specs(ctx, arg);
    if (!specs) continue;
    for (const std::string& spec : *specs) {
      if (auto parts = split_port_spec(spec)) f(arg, spec, *parts, specs->size() == 1);
    }
  }
}

// An argument written as plain text in the source, whose bytes a fix may edit in place.
inline bool literal(const syntax::Argument& arg, const Context& ctx) {
  return arg.text.find('$') == std::string::npos && ctx.file().source().slice(arg.range) == arg.text;
}

}  // namespace distill::rules::expose
