#include "rewrite/carried_instructions.h"

#include <set>

#include "rewrite/carried_env.h"
#include "rewrite/exec_form.h"
#include "rewrite/healthcheck.h"
#include "syntax/variable_scope.h"
#include "syntax/variables/expansion.h"

namespace distill::rewrite {

namespace {

bool writes_after(const syntax::Stage& stage, const syntax::Instruction& in) {
  bool after = false;
  for (const auto& other : stage.instructions) {
    if (&other == &in) {
      after = true;
    } else if (after && (other.is("RUN") || other.is("COPY") || other.is("ADD"))) {
      return true;
    }
  }
  return false;
}

std::string comments_above(const core::SourceText& source, const syntax::Instruction& in) {
  core::ByteRange range = removal_range(source, in);
  uint32_t line_start = source.offset_from_utf16(source.position(in.range.begin).line, 1);
  std::string text(source.text().substr(range.begin, line_start - range.begin));
  while (text.ends_with('\n')) text.pop_back();
  return text;
}

// LABEL/EXPOSE/VOLUME/STOPSIGNAL with each value as the build saw it, re-quoted so it reads back the same.
std::string expanded_metadata(const syntax::Dockerfile& file, uint32_t stage_index, size_t index,
                              const syntax::Instruction& in) {
  auto expand = [&](std::string_view text) {
    auto value = syntax::variables::expand_word(text, syntax::scope_before(file, stage_index, index).lookup(),
                                                file.escape);
    return value ? value->value : std::string(text);
  };
  std::string line = in.keyword;
  if (in.is("LABEL")) {
    for (const auto& pair : in.pairs)
      line += " " + expand(pair.key) + "=" + env_value(expand(pair.value.value_or("")));
    return line;
  }
  std::vector<std::string> values;
  bool spaces = false;
  for (const auto& arg : in.args) {
    values.push_back(expand(arg.text));
    spaces = spaces || values.back().find_first_of(" \t") != std::string::npos;
  }
  if (spaces || in.form == syntax::Form::kJson) return line + " " + exec_form(values);
  for (const auto& value : values) line += " " + value;
  return line;
}

}  // namespace

// ENV lines for the runtime, with values as the build saw them (ARGs do not exist in the runtime stage).
void carry_env(const PlanContext& context, RuntimeStage& stage) {
  std::set<std::string> planned;
  for (const auto& [name, value] : stage.plan.env) planned.insert(name);
  for (const auto& setting : context.facts.env) {
    if (planned.contains(setting.name)) continue;
    if (build_only_env(setting.name)) {
      if (setting.name == "PATH")
        context.note("ENV PATH is not carried: the runtime command uses absolute paths");
      continue;
    }
    std::string value = setting.value;
    if ((setting.name == "LANG" || setting.name == "LC_ALL") && value != "C.UTF-8" && value != "C" &&
        value != "POSIX" && value != "C.utf8") {
      context.note(setting.name + "=" + value + " has no locale data in distroless; set to C.UTF-8");
      value = "C.UTF-8";
    }
    stage.env_lines.push_back("ENV " + setting.name + "=" + env_value(value));
  }
  for (const auto& [name, value] : stage.plan.env)
    stage.env_lines.push_back("ENV " + name + "=" + env_value(value));
}

// Runtime-only instructions leave the builder and appear in the runtime stage (with their comments).
void carry_metadata(const PlanContext& context, const syntax::Stage& stage, RuntimeStage& runtime) {
  const auto& source = context.facts.file->source();
  uint32_t stage_index = stage.index;
  for (size_t i = 1; i < stage.instructions.size(); ++i) {
    const auto& in = stage.instructions[i];
    std::string comments = comments_above(source, in);
    if (in.is("CMD") || in.is("ENTRYPOINT")) {
      runtime.moved.push_back(&in);
      if (!comments.empty()) runtime.command_comments.push_back(comments);
      continue;
    }
    bool metadata =
        in.is("EXPOSE") || in.is("LABEL") || in.is("STOPSIGNAL") || in.is("HEALTHCHECK") || in.is("VOLUME");
    if (!metadata) continue;
    bool keep_in_builder = in.is("VOLUME") && writes_after(stage, in);
    if (!keep_in_builder) runtime.moved.push_back(&in);
    std::string line;
    if (in.is("HEALTHCHECK")) {
      auto converted = convert_healthcheck(context, in, runtime.plan);
      if (!converted) {
        if (!comments.empty()) runtime.metadata_lines.push_back(comments);
        runtime.metadata_lines.push_back(
            "# distill: HEALTHCHECK left out (it needs a shell or a tool the runtime lacks)");
        continue;
      }
      line = *converted;
    } else {
      std::string text(source.slice(in.range));
      while (text.ends_with('\n') || text.ends_with(' ')) text.pop_back();
      // ARGs are not visible in the runtime stage: write the values the build saw.
      if (text.find('$') == std::string::npos) {
        line = text;
      } else {
        line = expanded_metadata(*context.facts.file, stage_index, i, in);
      }
    }
    if (!comments.empty()) runtime.metadata_lines.push_back(comments);
    runtime.metadata_lines.push_back(line);
  }
}

}  // namespace distill::rewrite
