// DI0008: `ADD https://…` takes whatever the server returns at build time; without --checksum a changed or
// tampered file goes into the image unnoticed, and two builds of one Dockerfile can differ.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0008",
                         .slug = "add-remote-url-without-checksum",
                         .category = "security",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view unquote(std::string_view text) {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front())
    return text.substr(1, text.size() - 2);
  return text;
}

bool is_http(std::string_view source) {
  return starts_with(source, "http://") || starts_with(source, "https://");
}

// BuildKit treats these as Git repositories rather than files: git@host:repo, git:// and ssh:// URLs, and
// http(s) URLs whose path ends in .git (a #ref or ?query may follow).
bool is_git(std::string_view source) {
  if (starts_with(source, "git@") || starts_with(source, "git://") || starts_with(source, "ssh://"))
    return true;
  if (!is_http(source)) return false;
  std::string_view path = source.substr(0, source.find_first_of("#?"));
  return ends_with(path, ".git") || ends_with(path, ".git/");
}

bool is_commit_id(std::string_view text) {
  return text.size() == 40 &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isxdigit(c); });
}

// A Git source pinned to a commit: `#<sha>` or `#<sha>:subdir`, or dockerfile 1.18's `?checksum=<sha>`,
// `?commit=<sha>` or `?ref=<sha>`. Git then checks the content against the commit id itself.
bool git_pinned(std::string_view source) {
  if (size_t hash = source.find('#'); hash != std::string_view::npos) {
    std::string_view ref = source.substr(hash + 1);
    if (is_commit_id(ref.substr(0, ref.find(':')))) return true;
  }
  if (size_t query = source.find('?'); query != std::string_view::npos) {
    std::string_view params = source.substr(query + 1, source.find('#', query) - query - 1);
    while (!params.empty()) {
      std::string_view param = params.substr(0, params.find('&'));
      params = param.size() < params.size() ? params.substr(param.size() + 1) : std::string_view{};
      if ((starts_with(param, "checksum=") || starts_with(param, "commit=") || starts_with(param, "ref=")) &&
          is_commit_id(param.substr(param.find('=') + 1)))
        return true;
    }
  }
  return false;
}

// The part of a Git source that selects the revision: the #fragment and the ?query.
std::string_view revision_part(std::string_view source) {
  size_t at = source.find_first_of("#?");
  return at == std::string_view::npos ? std::string_view{} : source.substr(at);
}

// `…/repo.git#${REF}` or `?ref=${COMMIT}` where the variable has no value here: it is given at build time
// and may well be a commit id, so the pin is unknown rather than missing.
bool revision_unknown(std::string_view written, std::string_view expanded) {
  if (revision_part(written).find('$') == std::string_view::npos) return false;
  std::string_view revision = revision_part(expanded);
  return revision.size() <= 1 || revision.back() == '=' || revision.find("=&") != std::string_view::npos ||
         revision.find("=#") != std::string_view::npos;
}

class AddRemoteUrlWithoutChecksum final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("ADD") || in.flag("checksum") != nullptr || in.args.size() < 2) return;
    for (size_t i = 0; i + 1 < in.args.size(); ++i) {  // the last argument is the destination
      const auto& arg = in.args[i];
      std::string_view written = unquote(arg.text);
      std::string source = ctx.expand(written);
      if (is_git(source)) {
        if (!git_pinned(source) && !revision_unknown(written, source))
          ctx.report(arg.range,
                     "ADD of Git repository '" + std::string(written) +
                         "' is not pinned to a commit; add --checksum=<commit id> (dockerfile 1.16+) "
                         "or use #<commit id> as the ref");
      } else if (is_http(source)) {
        ctx.report(arg.range,
                   "ADD downloads '" + std::string(written) +
                       "' without verifying it; add --checksum=sha256:<digest> of the expected file");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_add_remote_url_without_checksum() {
  return std::make_unique<AddRemoteUrlWithoutChecksum>();
}

}  // namespace distill::rules
