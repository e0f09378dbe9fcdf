// DL3011: EXPOSE with a port above 65535 names a port no TCP/UDP socket can have; BuildKit or the runtime
// rejects it, or the mistyped number hides the port that was meant.
#include <charconv>
#include <optional>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3011",
                         .slug = "expose-port-out-of-range",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

constexpr unsigned long kMaxPort = 65535;

// The number in `digits` (anything longer than six digits counts as 65536); nullopt when it is not a plain
// number, which is BuildKit's error to report, not this rule's.
std::optional<unsigned long> parse_port(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  if (digits.size() > 6) return kMaxPort + 1;
  unsigned long value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// The ports of one EXPOSE word: "80", "80/tcp", "8000-8010/udp".
std::vector<unsigned long> ports_of(std::string_view spec) {
  spec = spec.substr(0, spec.find('/'));
  std::vector<unsigned long> ports;
  auto dash = spec.find('-');
  for (std::string_view part :
       {spec.substr(0, dash), dash == std::string_view::npos ? std::string_view{} : spec.substr(dash + 1)}) {
    if (auto port = parse_port(part)) ports.push_back(*port);
  }
  return ports;
}

class ExposePortOutOfRange final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("EXPOSE")) return;
    for (const auto& arg : in.args) {
      // `EXPOSE $PORT` is checked when its value is known (ARG/ENV default), skipped otherwise.
      auto spec = util::expand_known(ctx, util::strip_quotes(arg.text));
      if (!spec) continue;
      for (unsigned long port : ports_of(*spec)) {
        if (port <= kMaxPort) continue;
        ctx.report(arg.range, "EXPOSE " + *spec + " is outside the valid port range 0-65535");
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_expose_port_out_of_range() {
  return std::make_unique<ExposePortOutOfRange>();
}

}  // namespace distill::rules
