// The typed model as JSON: what tools and tests consume, with 1-based line/column (and UTF-16 columns).
#include "syntax/printers.h"

namespace distill::syntax {
namespace {

using nlohmann::json;

json position(const core::SourceText& source, uint32_t offset) {
  auto p = source.position(offset);
  return {{"line", p.line}, {"column", p.column}, {"utf16_column", p.utf16_column}, {"offset", offset}};
}
json range(const core::SourceText& source, core::ByteRange r) {
  return {{"start", position(source, r.begin)}, {"end", position(source, r.end)}};
}
const char* form_name(Form form) {
  switch (form) {
    case Form::kJson:
      return "json";
    case Form::kShell:
      return "shell";
    case Form::kNone:
      break;
  }
  return "none";
}

json instruction_json(const core::SourceText& source, const Instruction& in) {
  json j{{"keyword", in.keyword},
         {"known", in.known},
         {"range", range(source, in.range)},
         {"form", form_name(in.form)}};
  json flags = json::array();
  for (const Flag& f : in.flags) {
    flags.push_back(
        {{"name", f.name}, {"value", f.value ? json(*f.value) : json()}, {"range", range(source, f.range)}});
  }
  j["flags"] = flags;
  json args = json::array();
  for (const Argument& a : in.args) args.push_back({{"text", a.text}, {"range", range(source, a.range)}});
  j["args"] = args;
  if (!in.pairs.empty()) {
    json pairs = json::array();
    for (const KeyValue& kv : in.pairs) {
      pairs.push_back(
          {{"key", kv.key}, {"value", kv.value ? json(*kv.value) : json()}, {"equals", kv.has_equals}});
    }
    j["pairs"] = pairs;
  }
  if (!in.command.empty()) j["command"] = in.command.text();
  if (!in.heredocs.empty()) {
    json docs = json::array();
    for (const Heredoc& h : in.heredocs) {
      docs.push_back({{"delimiter", h.delimiter},
                      {"strip_tabs", h.strip_tabs},
                      {"expand", h.expand},
                      {"body", h.body},
                      {"range", range(source, h.body_range)}});
    }
    j["heredocs"] = docs;
  }
  if (!in.trigger.empty()) j["trigger"] = instruction_json(source, in.trigger.front());
  if (!in.errors.empty()) j["errors"] = in.errors;
  return j;
}

json image_json(const ImageRef& ref) {
  return {{"text", ref.text},
          {"registry", ref.registry},
          {"repository", ref.repository},
          {"tag", ref.tag ? json(*ref.tag) : json()},
          {"digest", ref.digest ? json(*ref.digest) : json()}};
}

}  // namespace

nlohmann::json to_json(const Dockerfile& file) {
  const core::SourceText& source = file.source();
  json j{{"path", source.path()}, {"escape", std::string(1, file.escape)}};
  json directives = json::array();
  for (const Directive& d : file.directives) {
    directives.push_back({{"name", d.name}, {"value", d.value}, {"range", range(source, d.range)}});
  }
  j["directives"] = directives;
  json preamble = json::array();
  for (const Instruction& in : file.preamble) preamble.push_back(instruction_json(source, in));
  j["preamble"] = preamble;
  json stages = json::array();
  for (const Stage& stage : file.stages) {
    json s{{"index", stage.index},
           {"alias", stage.alias ? json(*stage.alias) : json()},
           {"base", image_json(stage.base)},
           {"resolved_base", image_json(stage.resolved_base)},
           {"platform", stage.platform ? json(*stage.platform) : json()},
           {"parent", stage.parent ? json(*stage.parent) : json()}};
    json instructions = json::array();
    for (const Instruction& in : stage.instructions) instructions.push_back(instruction_json(source, in));
    s["instructions"] = instructions;
    stages.push_back(s);
  }
  j["stages"] = stages;
  json comments = json::array();
  for (const Comment& c : file.comments)
    comments.push_back({{"text", c.text}, {"range", range(source, c.range)}});
  j["comments"] = comments;
  json errors = json::array();
  for (const SyntaxError& e : file.errors)
    errors.push_back({{"message", e.message}, {"range", range(source, e.range)}});
  j["errors"] = errors;
  return j;
}

}  // namespace distill::syntax
