// Walks the tree once: directives and comments are collected, instructions typed, stages opened at each FROM.
#include "syntax/model_builder.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "syntax/buildkit/instruction.h"
#include "syntax/heredocs.h"
#include "syntax/instruction_pieces.h"
#include "syntax/instruction_typing.h"
#include "syntax/logical_text.h"
#include "syntax/stages.h"
#include "syntax/ts_node.h"

namespace distill::syntax {
namespace {

using core::to_lower;
using core::to_upper;
using core::trim;

class Builder {
 public:
  explicit Builder(Dockerfile& file) : file_(file), source_(file.source()) {}

  void build(TSNode root) {
    for (TSNode child : children(root)) visit_top_level(child);
    collect_errors(root);
    if (file_.stages.empty() && file_.preamble.empty()) {
      // BuildKit refuses a file with nothing to build.
      file_.errors.push_back(SyntaxError{"file with no instructions", {0, 0}});
    }
    link_stages(file_);
  }

 private:
  void visit_top_level(TSNode node) {
    std::string_view type = node_type(node);
    if (type == "parser_directive") {
      add_directive(node);
    } else if (type == "comment") {
      add_comment(node, false);
    } else if (is_instruction_type(type)) {
      add_instruction(build_instruction(node));
    }
  }

  void add_directive(TSNode node) {
    Directive d;
    d.range = node_range(node);
    TSNode name = child_by_field(node, "name");
    TSNode value = child_by_field(node, "value");
    d.name = to_lower(ts_node_is_null(name) ? "" : source_.slice(node_range(name)));
    d.value = std::string(trim(ts_node_is_null(value) ? "" : source_.slice(node_range(value))));
    if (d.name == "escape" && (d.value == "`" || d.value == "\\")) file_.escape = d.value[0];
    file_.directives.push_back(std::move(d));
  }

  void add_comment(TSNode node, bool inside) {
    std::string_view text = trim(source_.slice(node_range(node)));
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    file_.comments.push_back(Comment{std::string(trim(text)), node_range(node), inside});
  }

  Instruction build_instruction(TSNode node) {
    Instruction in;
    in.range = node_range(node);
    in.known = node_type(node) != "unknown_instruction";
    TSNode keyword = in.known ? ts_node_child(node, 0) : child_by_field(node, "keyword");
    if (ts_node_is_null(keyword)) keyword = ts_node_child(node, 0);
    in.keyword_range = node_range(keyword);
    in.keyword = to_upper(source_.slice(in.keyword_range));
    InstructionPieces pieces = collect_pieces(node);
    // Comments inside continuations are still comments a user wrote (pragmas may sit there).
    for (TSNode comment : pieces.comments) add_comment(comment, true);
    in.empty_continuation_lines = empty_continuation_lines(source_, pieces.removed);
    in.logical = logical_text(source_, node, in.keyword_range.end, std::move(pieces.removed));
    in.heredocs = read_heredocs(source_, pieces.heredoc_markers, pieces.heredoc_blocks);
    for (const auto& doc : in.heredocs) {
      if (!doc.terminated)
        file_.errors.push_back(
            SyntaxError{"unterminated heredoc: no line `" + doc.delimiter + "` closes it", doc.marker});
    }
    if (in.is("ONBUILD")) {
      TSNode inner = child_by_field(node, "instruction");
      if (!ts_node_is_null(inner)) in.trigger.push_back(build_instruction(inner));
    }
    type_instruction(in, file_.escape);
    return in;
  }

  void add_instruction(Instruction in) {
    for (const std::string& message : in.errors) file_.errors.push_back(SyntaxError{message, in.range});
    if (in.is("FROM")) {
      Stage stage;
      stage.index = static_cast<uint32_t>(file_.stages.size());
      stage.instructions.push_back(std::move(in));
      file_.stages.push_back(std::move(stage));
    } else if (file_.stages.empty()) {
      file_.preamble.push_back(std::move(in));
    } else {
      file_.stages.back().instructions.push_back(std::move(in));
    }
  }

  void collect_errors(TSNode node) {
    if (!ts_node_has_error(node)) return;
    if (ts_node_is_missing(node)) {
      file_.errors.push_back(SyntaxError{std::string("missing ") + ts_node_type(node), node_range(node)});
      return;
    }
    if (node_type(node) == "ERROR") {
      file_.errors.push_back(SyntaxError{describe_error(node), node_range(node)});
      return;
    }
    for (TSNode child : children(node)) collect_errors(child);
  }

  // "syntax error in HEALTHCHECK: unexpected `x`": the instruction whose line it is on and what the grammar
  // could not place (its first line, shortened), so the message says more than the position.
  std::string describe_error(TSNode node) const {
    core::ByteRange range = node_range(node);
    std::string_view text = source_.slice(range);
    text = trim(text.substr(0, text.find('\n')));
    std::string shown(text.substr(0, 40));
    if (text.size() > 40) shown += "…";
    std::string_view line = trim(source_.line_text(source_.position(range.begin).line));
    std::string keyword = to_upper(line.substr(0, line.find_first_of(" \t")));
    bool known = buildkit::is_known_instruction(to_lower(keyword));
    std::string message = "syntax error";
    if (known && !(shown.size() >= keyword.size() && to_upper(shown.substr(0, keyword.size())) == keyword))
      message += " in " + keyword;
    if (!shown.empty()) message += ": unexpected `" + shown + "`";
    return message;
  }

  Dockerfile& file_;
  const core::SourceText& source_;
};

}  // namespace

void build_model(TSNode root, Dockerfile& file) {
  Builder(file).build(root);
}

}  // namespace distill::syntax
