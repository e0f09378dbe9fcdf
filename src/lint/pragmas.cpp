// Pragmas are comments, so they are found by position: a next-instruction pragma covers the first instruction
// after it when only comments or blank lines lie between; a stage pragma covers the stage of the next FROM.
#include "lint/pragmas.h"

#include "core/text.h"
#include "lint/registry.h"

#include <algorithm>
#include <string_view>

namespace distill::lint {
namespace {

using core::trim;

bool consume(std::string_view& s, std::string_view prefix) {
  s = trim(s);
  if (s.substr(0, prefix.size()) != prefix) return false;
  s.remove_prefix(prefix.size());
  return true;
}

// Splits "A,B, C" (stopping at a rationale) into names with their source ranges; `base` is where `list`
// starts.
void split_names(std::string_view list, uint32_t base, Suppression& out) {
  size_t stop = std::min(list.find('#'), list.find("//"));
  if (stop != std::string_view::npos) list = list.substr(0, stop);
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && (list[i] == ',' || list[i] == ' ' || list[i] == '\t')) ++i;
    size_t start = i;
    while (i < list.size() && list[i] != ',' && list[i] != ' ' && list[i] != '\t' && list[i] != ';') ++i;
    if (i > start) {
      out.names.emplace_back(list.substr(start, i - start));
      out.name_ranges.push_back({base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(i)});
    }
    if (i < list.size() && list[i] == ';') break;
  }
}

struct Anchor {
  core::ByteRange instruction;           // the next instruction after the comment
  std::optional<core::ByteRange> stage;  // the stage whose FROM that is
};

// The first instruction starting after `offset`, and the stage range if it is a FROM.
std::optional<Anchor> next_instruction(const syntax::Dockerfile& file, uint32_t offset) {
  for (const syntax::Instruction& in : file.preamble) {
    if (in.range.begin >= offset) return Anchor{in.range, std::nullopt};
  }
  for (const syntax::Stage& stage : file.stages) {
    for (size_t i = 0; i < stage.instructions.size(); ++i) {
      const syntax::Instruction& in = stage.instructions[i];
      if (in.range.begin < offset) continue;
      std::optional<core::ByteRange> stage_range;
      if (i == 0) stage_range = core::ByteRange{in.range.begin, stage.instructions.back().range.end};
      return Anchor{in.range, stage_range};
    }
  }
  return std::nullopt;
}

// Whether only blank lines and comments separate byte `from` and byte `to`.
bool only_comments_between(std::string_view text, uint32_t from, uint32_t to) {
  bool line_start = true;
  for (uint32_t i = from; i < to; ++i) {
    char c = text[i];
    if (c == '\n') {
      line_start = true;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      continue;
    } else if (line_start && c == '#') {
      while (i < to && text[i] != '\n') ++i;
      line_start = true;
    } else {
      return false;
    }
  }
  return true;
}

// tally names rules by origin ("hadolint/DL3008", "buildkit/StageNameCasing", "shellcheck/SC2086"); those are
// distill's names without the prefix. Its own "tally/…" rules have no counterpart here, so they are dropped
// rather than reported as unknown.
void drop_tally_namespaces(Suppression& s) {
  Suppression kept;
  for (size_t i = 0; i < s.names.size(); ++i) {
    std::string_view name = s.names[i];
    core::ByteRange range = s.name_ranges[i];
    if (name.starts_with("tally/")) continue;
    for (std::string_view origin : {"hadolint/", "buildkit/", "shellcheck/"}) {
      if (name.starts_with(origin)) {
        name.remove_prefix(origin.size());
        range.begin += static_cast<uint32_t>(origin.size());
      }
    }
    kept.names.emplace_back(name);
    kept.name_ranges.push_back(range);
  }
  s.names = std::move(kept.names);
  s.name_ranges = std::move(kept.name_ranges);
}

}  // namespace

Pragmas read_pragmas(const syntax::Dockerfile& file) {
  Pragmas pragmas;
  std::string_view source = file.source().text();
  core::ByteRange whole{0, file.source().size()};

  // BuildKit's file-wide # check= directive.
  if (const syntax::Directive* check = file.directive("check")) {
    std::string_view value = check->value;
    uint32_t base = check->range.begin + static_cast<uint32_t>(source.substr(check->range.begin).find(value));
    while (!value.empty()) {
      size_t semi = value.find(';');
      std::string_view part = trim(value.substr(0, semi));
      if (part.substr(0, 5) == "skip=") {
        Suppression s{Suppression::Scope::kGlobal, {}, {}, check->range, whole, true};
        split_names(part.substr(5), base + static_cast<uint32_t>(part.data() - value.data()) + 5, s);
        pragmas.suppressions.push_back(std::move(s));
      } else if (part == "error=true") {
        pragmas.buildkit_error = true;
      } else if (part.substr(0, 13) == "experimental=") {
        Suppression names;
        split_names(part.substr(13), 0, names);
        for (std::string& name : names.names) pragmas.buildkit_experimental.push_back(std::move(name));
      }
      if (semi == std::string_view::npos) break;
      base += static_cast<uint32_t>(semi + 1);
      value.remove_prefix(semi + 1);
    }
  }

  for (const syntax::Comment& comment : file.comments) {
    std::string_view raw = file.source().slice(comment.range);
    std::string_view body = raw;
    if (!consume(body, "#")) continue;
    bool buildkit = false;
    Suppression s;
    s.comment = comment.range;
    bool tally = false;
    if (consume(body, "distill") || consume(body, "hadolint") || (tally = consume(body, "tally"))) {
      if (consume(body, "global")) {
        s.scope = Suppression::Scope::kGlobal;
      } else if (consume(body, "stage")) {
        s.scope = Suppression::Scope::kStage;
      }
      if (consume(body, "shell=")) {
        pragmas.shell = std::string(trim(body.substr(0, body.find_first_of(" \t#"))));
        continue;
      }
      if (!consume(body, "ignore=")) continue;
    } else if (consume(body, "check=skip=")) {
      buildkit = true;
      s.buildkit = true;
    } else {
      continue;
    }
    uint32_t base = comment.range.begin + static_cast<uint32_t>(body.data() - raw.data());
    split_names(body, base, s);
    if (tally) drop_tally_namespaces(s);
    if (s.names.empty()) continue;
    if (s.scope == Suppression::Scope::kGlobal) {
      s.target = whole;
    } else {
      auto anchor = next_instruction(file, comment.range.end);
      if (!anchor || !only_comments_between(source, comment.range.end, anchor->instruction.begin)) continue;
      if (s.scope == Suppression::Scope::kStage) {
        if (!anchor->stage) continue;
        s.target = *anchor->stage;
      } else {
        s.target = anchor->instruction;
        // BuildKit's per-instruction skip above a FROM covers the whole stage.
        if (buildkit && anchor->stage) s.target = *anchor->stage;
      }
    }
    pragmas.suppressions.push_back(std::move(s));
  }
  return pragmas;
}

bool experimental_enabled(const Pragmas& pragmas, const RuleMeta& meta) {
  if (meta.severity != core::Severity::kIgnore || !has_buildkit_alias(meta)) return false;
  return std::any_of(
      pragmas.buildkit_experimental.begin(), pragmas.buildkit_experimental.end(),
      [&](const std::string& name) { return name == "all" || find_rule(name) == find_rule(meta.code); });
}

}  // namespace distill::lint
