// DI0019: `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80` looks like it publishes a host port, but EXPOSE only
// records the container port: BuildKit drops the rest, warns (ExposeInvalidFormat), and has announced it will
// become an error.
#include <optional>
#include <string>

#include "lint/rule_api.h"
#include "rules/correctness/expose_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"ExposeInvalidFormat"};
constexpr RuleMeta kMeta{.code = "DI0019",
                         .slug = "expose-invalid-format",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kSometimes,
                         .aliases = kAliases,
                         .commands = {}};

// A single host port: with a host port range, BuildKit may reject the spec (ranges of different sizes).
bool is_port(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// An IP address as far as its characters go (BuildKit fails the build on anything net.ParseIP rejects, such
// as `localhost`, so dropping it is not behaviour-preserving there).
bool looks_like_ip(std::string_view text) {
  return text.empty() || text.find_first_not_of("0123456789abcdefABCDEF.:[]") == std::string_view::npos;
}

// Drops the IP and host port (everything up to the last ':'), leaving the container port BuildKit exposes.
std::optional<core::Fix> container_port_fix(const syntax::Argument& arg, const expose::PortSpec& parts,
                                            const Context& ctx) {
  if (!expose::literal(arg, ctx) || !is_port(parts.host_port) || !looks_like_ip(parts.ip)) {
    return std::nullopt;
  }
  size_t begin = arg.text.find_first_not_of("\"'");
  size_t end = arg.text.rfind(':') + 1;
  if (begin == std::string::npos || begin >= end) return std::nullopt;
  core::ByteRange range{arg.range.begin + static_cast<uint32_t>(begin),
                        arg.range.begin + static_cast<uint32_t>(end)};
  return core::Fix::safe("Keep only the container port", {core::Edit{range, ""}});
}

void check(const Instruction& in, Context& ctx) {
  expose::for_each_port_spec(
      in, ctx, [&](const auto& arg, const std::string& spec, const auto& parts, bool alone) {
        if (parts.ip.empty() && parts.host_port.empty()) return;
        std::string what = parts.ip.empty() ? "a host port" : "an IP address and a host port";
        std::string port(parts.port);
        if (!parts.protocol.empty()) port += "/" + std::string(parts.protocol);
        ctx.report(arg.range,
                   "EXPOSE " + spec + " names " + what + ", which EXPOSE cannot set: write " + port +
                       " and publish the port with `docker run -p` or Compose",
                   alone ? container_port_fix(arg, parts, ctx) : std::nullopt);
      });
}

}  // namespace

std::unique_ptr<Rule> make_expose_invalid_format() {
  return std::make_unique<lint::InstructionRule<kMeta, check>>();
}

}  // namespace distill::rules
