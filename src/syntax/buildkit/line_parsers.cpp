// BuildKit's per-instruction argument parsers (line_parsers.go), each turning argument text into Next nodes.
#include "syntax/buildkit/line_parsers.h"

#include <array>
#include <string>
#include <utility>

#include "syntax/buildkit/go_json.h"
#include "syntax/buildkit/go_quote.h"
#include "syntax/buildkit/go_unicode.h"
#include "syntax/buildkit/instruction.h"
#include "syntax/buildkit/words.h"

namespace distill::syntax::buildkit {

namespace {

Node arg(std::string value) {
  Node n;
  n.value = std::move(value);
  return n;
}

core::Error error(std::string message) {
  return core::Error{std::move(message), "", 0, 0};
}

// BuildKit recurses for ONBUILD ONBUILD ... without bound on Go's growable stack; ours is fixed, so
// absurd nesting (only ever seen in fuzzing) is refused instead of crashing.
constexpr int max_onbuild_nesting = 200;

// How many ONBUILD keywords (possibly with --flags between them) open `rest`, counting at most one past the
// limit.
int onbuild_nesting(std::string_view rest) {
  int count = 0;
  std::size_t pos = 0;
  while (count <= max_onbuild_nesting) {
    while (pos < rest.size() && is_space(static_cast<unsigned char>(rest[pos]))) ++pos;
    std::size_t end = pos;
    while (end < rest.size() && !is_space(static_cast<unsigned char>(rest[end]))) ++end;
    std::string token = go_to_lower(rest.substr(pos, end - pos));
    if (token == "onbuild") {
      ++count;
    } else if (token.rfind("--", 0) != 0) {
      break;
    }
    if (end == pos) break;
    pos = end;
  }
  return count;
}

const char* const not_string_array_message =
    "when using JSON array syntax, arrays must be comprised of strings only";

// ENV and LABEL: `KEY value` (legacy, one pair, the rest of the line verbatim) or `k=v k2=v2 ...`; every
// pair is three nodes: key, value, and the separator ("" for legacy, "=" otherwise).
core::Result<LineParse> parse_name_val(std::string_view rest, std::string_view key, char escape) {
  LineParse out;
  std::vector<std::string> words = parse_words(rest, escape);
  if (words.empty()) return out;
  if (words[0].find('=') == std::string::npos) {
    std::vector<std::string> parts = split_whitespace(rest, 2);
    if (parts.size() < 2) return error(std::string(key) + " must have two arguments");
    out.next = {arg(parts[0]), arg(parts[1]), arg("")};
    return out;
  }
  for (const std::string& word : words) {
    std::size_t eq = word.find('=');
    if (eq == std::string::npos) {
      return error("Syntax error - can't find = in " + go_quote(word) + ". Must be of the form: name=value");
    }
    out.next.push_back(arg(word.substr(0, eq)));
    out.next.push_back(arg(word.substr(eq + 1)));
    out.next.push_back(arg("="));
  }
  return out;
}

}  // namespace

core::Result<LineParse> parse_ignore(std::string_view, char) {
  // BuildKit returns an empty node here, so an unknown instruction dumps with one "" argument.
  LineParse out;
  out.next.push_back(Node{});
  return out;
}

core::Result<LineParse> parse_sub_command(std::string_view rest, char escape) {
  LineParse out;
  if (rest.empty()) return out;
  if (onbuild_nesting(rest) > max_onbuild_nesting) {
    return error("distill: ONBUILD nested more than " + std::to_string(max_onbuild_nesting) +
                 " levels deep (BuildKit itself has no limit)");
  }
  core::Result<Node> child = parse_instruction_line(rest, escape);
  if (!child) return child.error();
  out.children.push_back(std::move(*child));
  return out;
}

core::Result<LineParse> parse_env(std::string_view rest, char escape) {
  return parse_name_val(rest, "ENV", escape);
}

core::Result<LineParse> parse_label(std::string_view rest, char escape) {
  return parse_name_val(rest, "LABEL", escape);
}

core::Result<LineParse> parse_name_or_name_val(std::string_view rest, char escape) {
  LineParse out;
  for (std::string& word : parse_words(rest, escape)) out.next.push_back(arg(std::move(word)));
  return out;
}

core::Result<LineParse> parse_strings_whitespace_delimited(std::string_view rest, char) {
  LineParse out;
  if (rest.empty()) return out;
  for (std::string& part : split_whitespace(rest, -1)) out.next.push_back(arg(std::move(part)));
  return out;
}

core::Result<LineParse> parse_string(std::string_view rest, char) {
  LineParse out;
  if (!rest.empty()) out.next.push_back(arg(std::string(rest)));
  return out;
}

core::Result<LineParse> parse_maybe_json(std::string_view rest, char) {
  LineParse out;
  if (rest.empty()) return out;
  JsonArray json = parse_json_array(rest);
  if (json.kind == JsonArrayKind::not_string_array) return error(not_string_array_message);
  if (json.kind == JsonArrayKind::string_array) {
    for (std::string& item : json.items) out.next.push_back(arg(std::move(item)));
    out.json_form = true;
    return out;
  }
  out.next.push_back(arg(std::string(rest)));
  return out;
}

core::Result<LineParse> parse_maybe_json_to_list(std::string_view rest, char escape) {
  JsonArray json = parse_json_array(rest);
  if (json.kind == JsonArrayKind::not_string_array) return error(not_string_array_message);
  if (json.kind == JsonArrayKind::string_array) {
    LineParse out;
    for (std::string& item : json.items) out.next.push_back(arg(std::move(item)));
    out.json_form = true;
    return out;
  }
  return parse_strings_whitespace_delimited(rest, escape);
}

core::Result<LineParse> parse_health_config(std::string_view rest, char escape) {
  // Byte by byte, as BuildKit does: a UTF-8 continuation byte 0x85 or 0xA0 ends the type word.
  auto byte_space = [](char c) { return is_space(static_cast<unsigned char>(c)); };
  std::size_t sep = 0;
  while (sep < rest.size() && !byte_space(rest[sep])) ++sep;
  std::size_t next = sep;
  while (next < rest.size() && byte_space(rest[next])) ++next;
  LineParse out;
  if (sep == 0) return out;
  core::Result<LineParse> cmd = parse_maybe_json(rest.substr(next), escape);
  if (!cmd) return cmd.error();
  out.next.push_back(arg(std::string(rest.substr(0, sep))));
  for (Node& n : cmd->next) out.next.push_back(std::move(n));
  out.json_form = cmd->json_form;
  return out;
}

LineParser line_parser_for(std::string_view lower_keyword) {
  struct Entry {
    std::string_view keyword;
    LineParser parser;
  };
  static constexpr std::array<Entry, 18> table{{
      {"add", parse_maybe_json_to_list},
      {"arg", parse_name_or_name_val},
      {"cmd", parse_maybe_json},
      {"copy", parse_maybe_json_to_list},
      {"entrypoint", parse_maybe_json},
      {"env", parse_env},
      {"expose", parse_strings_whitespace_delimited},
      {"from", parse_strings_whitespace_delimited},
      {"healthcheck", parse_health_config},
      {"label", parse_label},
      {"maintainer", parse_string},
      {"onbuild", parse_sub_command},
      {"run", parse_maybe_json},
      {"shell", parse_maybe_json},
      {"stopsignal", parse_string},
      {"user", parse_string},
      {"volume", parse_maybe_json_to_list},
      {"workdir", parse_string},
  }};
  for (const Entry& e : table) {
    if (e.keyword == lower_keyword) return e.parser;
  }
  return nullptr;
}

}  // namespace distill::syntax::buildkit
