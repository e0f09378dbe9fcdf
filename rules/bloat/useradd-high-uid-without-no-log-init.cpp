// DL3046: `useradd -u 123456` without -l writes the user's entries into the sparse files /var/log/lastlog
// and /var/log/faillog at an offset proportional to the UID; layers store them unsparse, so the image grows
// by gigabytes.
#include <string>
#include <vector>

#include "lint/rule_api.h"
#include "rules/packages/package_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"useradd"};
constexpr RuleMeta kMeta{.code = "DL3046",
                         .slug = "useradd-high-uid-without-no-log-init",
                         .category = "bloat",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

class UseraddHighUidWithoutNoLogInit final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check_command(const Command& command, const Instruction&, Context& ctx) override {
    if (command.has_any_flag({"l", "no-log-init"})) return;
    std::vector<std::string> uids = command.flag_values("u");
    std::vector<std::string> long_uids = command.flag_values("uid");
    uids.insert(uids.end(), long_uids.begin(), long_uids.end());
    for (const std::string& written : uids) {
      // `-u $APP_UID`: the ARG/ENV value in scope when it is known; otherwise nothing can be said.
      std::string expanded = ctx.expand(written);
      std::string uid(package_util::trim_quotes(expanded));
      if (uid.find('$') != std::string::npos) continue;
      // hadolint's threshold: a UID of more than five digits (100000 and up).
      if (uid.size() <= 5) continue;
      ctx.report(command.name.source, "useradd -u " + uid +
                                          " without -l (--no-log-init) fills lastlog/faillog up to that UID "
                                          "and bloats the layer; add -l");
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_useradd_high_uid_without_no_log_init() {
  return std::make_unique<UseraddHighUidWithoutNoLogInit>();
}

}  // namespace distill::rules
