// DL3010: a local archive COPY'd into the image and then unpacked by a later RUN stays in the COPY layer as
// well as unpacked; `ADD` unpacks a local archive itself in a single layer.
#include <string>
#include <string_view>
#include <vector>

#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"

namespace distill::rules {
namespace {

constexpr std::string_view kCommands[] = {"tar",  "unzip", "gunzip",     "bunzip2", "unlzma",
                                          "unxz", "zgz",   "uncompress", "zcat",    "gzcat"};
constexpr RuleMeta kMeta{.code = "DL3010",
                         .slug = "copy-archive-then-extract",
                         .category = "bloat",
                         .severity = core::Severity::kInfo,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = kCommands};

// hadolint's list of archive extensions (the same one DL3020 uses).
constexpr std::string_view kArchiveExtensions[] = {".tar",  ".Z",   ".bz2", ".gz",  ".lz",
                                                   ".lzma", ".tZ",  ".tb2", ".tbz", ".tbz2",
                                                   ".tgz",  ".tlz", ".tpz", ".txz", ".xz"};

// Every "-x" is an option without a value, as hadolint reads tar and the decompressors: `tar -xf a.tar`
// keeps a.tar among the operands.
const syntax::shell::OptionTable kNoValues{};

bool is_archive(std::string_view path) {
  path = util::strip_quotes(path);
  for (std::string_view ext : kArchiveExtensions) {
    if (path.ends_with(ext)) return true;
  }
  return false;
}

// The file name of a Linux or Windows path, quotes removed.
std::string_view file_name(std::string_view path) {
  path = util::strip_quotes(path);
  auto slash = path.find_last_of("/\\");
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// tar reading an archive: -x (also bundled, -xzf) or --extract / --get.
bool extracts(const Command& command) {
  if (command.is("tar")) return command.has_any_flag({"x", "extract", "get"}, &kNoValues);
  return true;  // the decompressors always read their operands
}

struct CopiedArchive {
  core::ByteRange range;  // the COPY argument that names it
  std::string name;       // its file name in the image
  const Instruction* copy = nullptr;
  uint32_t extracted_on = 0;  // line of the first RUN that unpacks it; 0 when none does
};

class CopyArchiveThenExtract final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  // Instructions before the first FROM (invalid, but linted like hadolint does) count as a stage of their
  // own.
  void begin_stage(const Stage&, Context& ctx) override { report(ctx); }

  void check(const Instruction& in, Context& ctx) override {
    // A COPY --from copies from another stage or image, not from the build context: ADD could not unpack it.
    if (ctx.in_onbuild() || !in.is("COPY") || in.flag("from") || in.args.size() < 2) return;
    const syntax::Argument& dest = in.args.back();
    // Copied to an archive name (`COPY app.tar.gz /opt/app.tar.gz`): the RUN extracts it under that name.
    if (is_archive(dest.text)) {
      remember(in, dest.range, file_name(dest.text));
      return;
    }
    for (size_t i = 0; i + 1 < in.args.size(); ++i) {
      if (is_archive(in.args[i].text)) remember(in, in.args[i].range, file_name(in.args[i].text));
    }
  }

  void check_command(const Command& command, const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild() || archives_.empty() || !extracts(command)) return;
    uint32_t line = ctx.file().source().position(in.range.begin).line;
    for (const Word& operand : command.args_without_flags(&kNoValues)) {
      std::string_view name = file_name(operand.value());
      for (CopiedArchive& archive : archives_) {
        if (archive.extracted_on == 0 && archive.name == name) archive.extracted_on = line;
      }
    }
  }

  void end_stage(const Stage&, Context& ctx) override { report(ctx); }
  void finish(Context& ctx) override { report(ctx); }

 private:
  void report(Context& ctx) {
    for (const CopiedArchive& archive : archives_) {
      if (archive.extracted_on == 0) continue;
      ctx.report(archive.range, "'" + archive.name + "' is copied here and unpacked by the RUN on line " +
                                    std::to_string(archive.extracted_on) +
                                    ", which leaves the archive in a layer; use ADD, which unpacks a local "
                                    "archive itself");
    }
    archives_.clear();
  }

  void remember(const Instruction& in, core::ByteRange range, std::string_view name) {
    for (const CopiedArchive& archive : archives_) {
      if (archive.copy == &in && archive.name == name) return;  // one finding per archive and COPY
    }
    archives_.push_back(CopiedArchive{range, std::string(name), &in, 0});
  }

  std::vector<CopiedArchive> archives_;
};

}  // namespace

std::unique_ptr<Rule> make_copy_archive_then_extract() {
  return std::make_unique<CopyArchiveThenExtract>();
}

}  // namespace distill::rules
