// DL3047: wget's default progress bar redraws itself for every chunk, and a build log is not a terminal: each
// redraw becomes a line, so one large download floods the log with thousands of lines.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"wget"};
constexpr RuleMeta kMeta{.code = "DL3047",
                         .slug = "wget-without-progress",
                         .category = "style",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kAlways,
                         .aliases = {},
                         .commands = kCommands};

// Options that already keep the log short: an explicit progress style, quiet or non-verbose output, or the
// log written to a file (-o/-a) instead of the build output.
bool output_is_controlled(const Command& wget) {
  return wget.has_any_flag(
             {"progress", "q", "quiet", "no-verbose", "o", "output-file", "a", "append-output"}) ||
         wget.has_arg("-nv");
}

class WgetWithoutProgress final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& wget, const Instruction&, Context& ctx) override {
    if (output_is_controlled(wget)) return;
    uint32_t after_name = wget.name.source.end;
    ctx.report(wget.name.source,
               "wget without --progress floods the build log; use 'wget --progress=dot:giga' (or -q / -nv)",
               core::Fix::unsafe("Add --progress=dot:giga",
                                 {core::Edit{{after_name, after_name}, " --progress=dot:giga"}}));
  }
};

}  // namespace

std::unique_ptr<Rule> make_wget_without_progress() {
  return std::make_unique<WgetWithoutProgress>();
}

}  // namespace distill::rules
