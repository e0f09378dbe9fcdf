// DI0026: `CMD ['python', 'app.py']` looks like exec form but is not JSON (single quotes, a missing comma),
// so BuildKit hands the whole text to /bin/sh -c, which fails to find a command named `['python',` at run
// time.
#include "lint/rule_api.h"

namespace distill::rules {
namespace {

constexpr RuleMeta kMeta{.code = "DI0026",
                         .slug = "json-form-malformed",
                         .category = "correctness",
                         .severity = core::Severity::kError,
                         .fix = FixAvailability::kNone,
                         .aliases = {},
                         .commands = {}};

// Whether shell-form text was meant as a JSON array: `["` or `['` (a shell word no command has), or `[ "a",`
// with a comma; `[ "$x" = y ]` is the test command and stays out.
bool meant_as_json(std::string_view text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  if (text[1] == '"' || text[1] == '\'') return true;
  size_t first = text.find_first_not_of(" \t", 1);
  return first != std::string_view::npos && (text[first] == '"' || text[first] == '\'') &&
         text.find(',') != std::string_view::npos;
}

// What most likely broke the JSON, in the order people trip over them.
std::string reason(std::string_view text) {
  if (text.find('\'') != std::string_view::npos) return "JSON strings take double quotes";
  size_t close = text.find_last_not_of(" \t", text.size() - 2);
  if (close != std::string_view::npos && text[close] == ',') return "a trailing comma is not JSON";
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '\\') continue;
    if (std::string_view("\"\\/bfnrtu").find(text[i + 1]) == std::string_view::npos)
      return "a backslash must be doubled in JSON, as in C:\\\\app";
    ++i;
  }
  return "it does not parse as a JSON array of strings";
}

class JsonFormMalformed final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void check(const Instruction& in, Context& ctx) override {
    // SHELL must be JSON: BuildKit rejects it outright (DI0025).
    if (in.form != syntax::Form::kShell ||
        !(in.is("RUN") || in.is("CMD") || in.is("ENTRYPOINT") || in.is("HEALTHCHECK")))
      return;
    std::string_view text = in.command.text();
    size_t begin = text.find_first_not_of(" \t\n");
    size_t end = text.find_last_not_of(" \t\n");
    if (begin == std::string_view::npos) return;
    text = text.substr(begin, end - begin + 1);
    if (!meant_as_json(text)) return;
    std::string why = reason(text);
    ctx.report(in.command.to_source(static_cast<uint32_t>(begin), static_cast<uint32_t>(end + 1)),
               "`" + std::string(text) + "` is not JSON (" + why +
                   "), so BuildKit runs it through the shell (/bin/sh -c unless SHELL says otherwise) as a " +
                   "command line whose first word is `" + std::string(text.substr(0, text.find(' '))) +
                   "`; write the exec form with double quotes and commas: [\"executable\", \"arg\"]");
  }
};

}  // namespace

std::unique_ptr<Rule> make_json_form_malformed() {
  return std::make_unique<JsonFormMalformed>();
}

}  // namespace distill::rules
