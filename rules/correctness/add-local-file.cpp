// DL3020: ADD of plain local files does what COPY does plus hidden magic (auto-extracting archives,
// fetching URLs), so COPY states the intent and cannot surprise a later reader or a renamed file.
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DL3020",
                         .slug = "add-local-file",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kSometimes,
                         .aliases = {},
                         .commands = {}};

// hadolint's list of archive suffixes ADD extracts (case-sensitive, as there).
constexpr std::string_view kArchiveSuffixes[] = {".tar",  ".Z",   ".bz2", ".gz",  ".lz",
                                                 ".lzma", ".tZ",  ".tb2", ".tbz", ".tbz2",
                                                 ".tgz",  ".tlz", ".tpz", ".txz", ".xz"};

bool is_archive(std::string_view path) {
  for (std::string_view suffix : kArchiveSuffixes) {
    if (path.size() > suffix.size() && path.substr(path.size() - suffix.size()) == suffix) return true;
  }
  return false;
}

// http(s) downloads and git repositories (`https://…`, `git@host:repo`, `git://…`) are what ADD is for.
bool is_remote(std::string_view source) {
  return source.find("://") != std::string_view::npos || source.substr(0, 4) == "git@";
}

enum class Source { kLocal, kExempt, kUnknown };

Source classify(std::string_view written, Context& ctx) {
  if (written.substr(0, 2) == "<<") return Source::kLocal;  // a heredoc: inline content, COPY takes it too
  auto value = util::expand_known(ctx, util::strip_quotes(written));
  if (!value) return Source::kUnknown;  // `ADD $SRC`: could be a URL
  if (is_remote(*value) || is_archive(*value)) return Source::kExempt;
  return Source::kLocal;
}

class AddLocalFile final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    if (!in.is("ADD") || in.args.size() < 2) return;
    // These flags only mean something for remote sources; COPY does not accept them.
    for (std::string_view remote_only : {"checksum", "keep-git-dir", "unpack"}) {
      if (in.flag(remote_only)) return;
    }
    bool any_local = false, all_local = true;
    for (size_t i = 0; i + 1 < in.args.size(); ++i) {
      Source source = classify(in.args[i].text, ctx);
      any_local |= source == Source::kLocal;
      all_local &= source == Source::kLocal;
    }
    if (!any_local) return;
    std::string copy = util::keyword_like(ctx.file().source().slice(in.keyword_range), "COPY");
    std::optional<core::Fix> fix;
    // Only when every source is local does COPY do the same thing; a mixed ADD needs splitting by hand.
    if (all_local) fix = core::Fix::safe("Replace ADD with COPY", {core::Edit{in.keyword_range, copy}});
    ctx.report(in.keyword_range, "ADD of local files; use COPY (ADD is for URLs and archives to extract)",
               std::move(fix));
  }
};

}  // namespace

std::unique_ptr<Rule> make_add_local_file() {
  return std::make_unique<AddLocalFile>();
}

}  // namespace distill::rules
