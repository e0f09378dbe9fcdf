// DL4001: a stage that downloads with both wget and curl installs (or relies on) two tools for one job;
// picking one keeps the image smaller and the download options in one dialect.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL4001",
                         .slug = "wget-and-curl-both-used",
                         .category = "maintainability",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// Which of the two tools a stage (or, for ONBUILD triggers, the whole file) has used so far.
struct Seen {
  bool curl = false;
  bool wget = false;
};

class WgetAndCurlBothUsed final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage&, Context&) override { stage_ = {}; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("RUN")) return;
    // As in hadolint, ONBUILD triggers are tracked on their own, across stages: they run in a child image.
    Seen& seen = ctx.in_onbuild() ? onbuild_ : stage_;
    const Command* first = nullptr;
    for (const Command& command : ctx.commands(in)) {
      bool curl = command.is("curl"), wget = command.is("wget");
      if (!curl && !wget) continue;
      seen.curl = seen.curl || curl;
      seen.wget = seen.wget || wget;
      if (first == nullptr) first = &command;
    }
    // Every RUN that uses either tool once both have been used is reported.
    if (first == nullptr || !seen.curl || !seen.wget) return;
    ctx.report(first->name.source,
               "both wget and curl are used in this stage; use one of them for every download");
  }

 private:
  Seen stage_;
  Seen onbuild_;
};

}  // namespace

std::unique_ptr<Rule> make_wget_and_curl_both_used() {
  return std::make_unique<WgetAndCurlBothUsed>();
}

}  // namespace distill::rules
