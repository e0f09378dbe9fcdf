// Parses a whole Dockerfile as BuildKit's parser.Parse does: directives, comments, continuations, heredocs.
#include "syntax/buildkit/parse_file.h"

#include <utility>

#include "syntax/buildkit/directives.h"
#include "syntax/buildkit/go_unicode.h"
#include "syntax/buildkit/heredoc.h"
#include "syntax/buildkit/instruction.h"

namespace distill::syntax::buildkit {

namespace {

// bufio.Scanner with BuildKit's scanLines: lines keep their "\n"; an over-long line ends the input early,
// and the error is reported only after what came before has been parsed.
class LineReader {
 public:
  explicit LineReader(std::string_view bytes) : bytes_(bytes) {}

  bool next(std::string_view& line) {
    if (pos_ >= bytes_.size() || too_long_) return false;
    std::size_t nl = bytes_.find('\n', pos_);
    std::size_t content_end = nl == std::string_view::npos ? bytes_.size() : nl;
    if (content_end - pos_ > max_line_length) {
      too_long_ = true;
      return false;
    }
    std::size_t end = nl == std::string_view::npos ? bytes_.size() : nl + 1;
    line = bytes_.substr(pos_, end - pos_);
    pos_ = end;
    return true;
  }
  bool too_long() const { return too_long_; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool too_long_ = false;
};

std::string_view trim_newline(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_comment(std::string_view line) {
  line = trim_left_space(line);
  return !line.empty() && line[0] == '#';
}

bool is_empty_continuation_line(std::string_view line) {
  return trim_left_space(trim_newline(line)).empty();
}

// The escape character ends a line (only blanks after it) unless it is itself escaped; BuildKit's regex
// `([^E])E[ \t]*$|^E[ \t]*$` cannot see that "\\\\\\" is an escaped escape followed by a continuation.
bool trim_continuation(std::string_view& line, char escape) {
  std::size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t')) --end;
  if (end == 0 || line[end - 1] != escape) return false;
  if (end >= 2 && line[end - 2] == escape) return false;
  line = line.substr(0, end - 1);
  return true;
}

core::Error error_at(std::string message, uint32_t line) {
  return core::Error{std::move(message), "", line, 0};
}

struct State {
  DirectiveParser directives;
  char escape = '\\';
};

// processLine: newline dropped, leading space dropped for a statement's first line, directive looked for,
// and a comment line reduced to nothing.
core::Result<std::string_view> process_line(State& state, std::string_view token, bool strip_left,
                                            uint32_t line_no) {
  token = trim_newline(token);
  if (strip_left) token = trim_left_space(token);
  core::Result<std::optional<Directive>> directive = state.directives.parse_line(token);
  if (!directive) return error_at(directive.error().message, line_no);
  if (directive->has_value() && (*directive)->name == "escape") {
    const std::string& v = (*directive)->value;
    if (v != "`" && v != "\\")
      return error_at("invalid escape token '" + v + "' does not match ` or \\", line_no);
    state.escape = v[0];
  }
  if (is_comment(token)) return std::string_view{};
  return token;
}

bool can_contain_heredoc(const Node& node) {
  const Node* n = &node;
  if (n->value == "onbuild" && !n->children.empty()) n = &n->children.front();
  if (n->value != "run" && n->value != "copy" && n->value != "add") return false;
  return !n->json_form;
}

}  // namespace

core::Result<ParseResult> parse_file(std::string_view bytes) {
  ParseResult result;
  State state;
  LineReader reader(bytes);
  uint32_t current_line = 0;
  std::string_view raw;

  while (reader.next(raw)) {
    std::string_view bytes_read = raw;
    if (current_line == 0 && bytes_read.substr(0, 3) == "\xEF\xBB\xBF") bytes_read.remove_prefix(3);
    core::Result<std::string_view> processed = process_line(state, bytes_read, true, current_line + 1);
    if (!processed) return processed.error();
    ++current_line;

    const uint32_t start_line = current_line;
    std::string_view first = *processed;
    bool continues = trim_continuation(first, state.escape);
    if (!continues && first.empty()) continue;
    std::string line(first);

    bool has_empty_continuation_line = false;
    while (continues && reader.next(raw)) {
      core::Result<std::string_view> part = process_line(state, raw, false, current_line + 1);
      if (!part) return part.error();
      ++current_line;
      if (is_comment(raw)) continue;  // comment lines inside a continuation vanish
      if (is_empty_continuation_line(*part)) {
        has_empty_continuation_line = true;
        continue;
      }
      std::string_view piece = *part;
      continues = trim_continuation(piece, state.escape);
      line += piece;
    }
    if (has_empty_continuation_line) result.warnings.push_back("Empty continuation line found in: " + line);

    core::Result<Node> child = parse_instruction_line(line, state.escape);
    if (!child) return error_at(child.error().message, start_line);

    if (can_contain_heredoc(*child) && line.find("<<") != std::string::npos) {
      core::Result<std::vector<Heredoc>> heredocs = heredocs_from_line(line);
      if (!heredocs) return error_at(heredocs.error().message, start_line);
      for (Heredoc& doc : *heredocs) {
        bool terminated = false;
        while (reader.next(raw)) {
          ++current_line;
          std::string_view candidate = trim_newline(raw);
          if (doc.chomp) {
            while (!candidate.empty() && candidate.front() == '\t') candidate.remove_prefix(1);
          }
          if (candidate == doc.name) {
            terminated = true;
            break;
          }
          doc.content += raw;
        }
        if (!terminated) return error_at("unterminated heredoc", start_line);
        child->heredocs.push_back(std::move(doc));
      }
    }

    child->start_line = start_line;
    child->end_line = current_line;
    result.instructions.push_back(std::move(*child));
  }

  if (result.instructions.empty()) return error_at("file with no instructions", current_line);
  if (reader.too_long()) {
    return error_at("dockerfile line greater than max allowed size of " + std::to_string(max_line_length),
                    current_line + 1);
  }
  result.escape = state.escape;
  return result;
}

}  // namespace distill::syntax::buildkit
