// One pass over the bash tree, carrying the context (subshell, substitution, condition, loop, function,
// pipeline stage, pending list operator) that becomes each command's Placement.
#include "syntax/shell/script_builder.h"

#include <array>
#include <charconv>
#include <string>

#include "syntax/shell/ts_walk.h"
#include "syntax/shell/word_decoder.h"

namespace distill::syntax::shell {

namespace {

// Deep enough for any real script, shallow enough that recursion stays well inside a thread's stack.
constexpr uint32_t kMaxDepth = 500;

bool is_statement(std::string_view type) {
  static constexpr std::array<std::string_view, 18> kinds = {"c_style_for_statement",
                                                             "case_statement",
                                                             "command",
                                                             "compound_statement",
                                                             "declaration_command",
                                                             "for_statement",
                                                             "function_definition",
                                                             "if_statement",
                                                             "list",
                                                             "negated_command",
                                                             "pipeline",
                                                             "redirected_statement",
                                                             "subshell",
                                                             "test_command",
                                                             "unset_command",
                                                             "variable_assignment",
                                                             "variable_assignments",
                                                             "while_statement"};
  for (std::string_view k : kinds) {
    if (k == type) return true;
  }
  return false;
}

std::optional<int> parse_fd(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

struct PipeFrame {
  uint32_t index;
  uint32_t stage;
};

class Builder final : public SubstitutionSink {
 public:
  explicit Builder(const core::MappedText& text) : text_(text) {}

  core::Result<Script> run(TSNode root) {
    collect_errors(root);
    visit_sequence(root);
    if (too_deep_) {
      return core::Error{"shell text nests deeper than " + std::to_string(kMaxDepth) + " levels", "", 0, 0};
    }
    return std::move(out_);
  }

  bool enter() override {
    ++depth_;
    if (depth_ > kMaxDepth) too_deep_ = true;
    return !too_deep_;
  }
  void leave() override { --depth_; }

  void on_substitution(TSNode node) override {
    Guard guard(*this);
    if (!guard.ok) return;
    const Placement saved_ctx = ctx_;
    const Connector saved_pending = pending_;
    std::vector<PipeFrame> saved_pipes;
    saved_pipes.swap(pipes_);
    const std::optional<uint32_t> saved_command = current_command_;

    ctx_.substitution_depth++;
    if (type_of(node) == "process_substitution") ctx_.in_process_substitution = true;
    if (ts_node_child_count(node) > 0 && type_of(ts_node_child(node, 0)) == "`") ctx_.in_backticks = true;
    ctx_.enclosing_command = current_command_;
    current_command_.reset();
    pending_ = Connector::kNone;
    visit_sequence(node);

    ctx_ = saved_ctx;
    pending_ = saved_pending;
    pipes_.swap(saved_pipes);
    current_command_ = saved_command;
  }

 private:
  struct Guard {
    explicit Guard(Builder& b) : builder(b), ok(b.enter()) {}
    ~Guard() { builder.leave(); }
    Guard(const Guard&) = delete;
    Guard& operator=(const Guard&) = delete;
    Builder& builder;
    bool ok;
  };

  Word word(TSNode node) { return decode_word(node, text_, *this); }
  core::ByteRange source_of(TSNode node) const {
    core::ByteRange r = range_of(node);
    return text_.to_source(r.begin, r.end);
  }
  std::string text_of(TSNode node) const {
    core::ByteRange r = range_of(node);
    return text_.text().substr(r.begin, r.size());
  }

  // Errors are found with a cursor (no recursion), descending only where tree-sitter says an error is.
  void collect_errors(TSNode root) {
    out_.has_errors = ts_node_has_error(root);
    if (!out_.has_errors) return;
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    while (true) {
      TSNode node = ts_tree_cursor_current_node(&cursor);
      bool descend = false;
      if (ts_node_is_missing(node) || type_of(node) == "ERROR") {
        out_.error_ranges.push_back(source_of(node));
      } else {
        descend = ts_node_has_error(node);
      }
      if (descend && ts_tree_cursor_goto_first_child(&cursor)) continue;
      bool moved = false;
      while (!(moved = ts_tree_cursor_goto_next_sibling(&cursor))) {
        if (!ts_tree_cursor_goto_parent(&cursor)) break;
      }
      if (!moved) break;
    }
    ts_tree_cursor_delete(&cursor);
  }

  void on_token(std::string_view token) {
    if (token == "&&")
      pending_ = Connector::kAnd;
    else if (token == "||")
      pending_ = Connector::kOr;
    else if (token == ";")
      pending_ = Connector::kSemicolon;
    else if (token == "&")
      pending_ = Connector::kBackground;
    else if (token == "|")
      pending_ = Connector::kPipe;
    else if (token == "|&")
      pending_ = Connector::kPipeAll;
    // A then/do/else/case body starts afresh: its first command is not joined to the test before it.
    else if (token == "then" || token == "do" || token == "else" || token == "elif" || token == "in" ||
             token == ";;" || token == ";&" || token == ";;&")
      pending_ = Connector::kNone;
  }

  // The statements of a body (program, subshell, { }, do … done, if branches, case items, $(…)), in order.
  // Keywords switch the context between the test and the branches.
  void visit_sequence(TSNode node) {
    const Placement saved = ctx_;
    bool previous_was_statement = false;
    for (const Child& child : children_of(node)) {
      std::string_view type = child.type();
      if (ts_node_is_missing(child.node)) continue;
      if (!child.named()) {
        on_token(type);
        previous_was_statement = false;
        if (type == "if" || type == "elif" || type == "while" || type == "until") {
          ctx_.in_condition = true;
        } else if (type == "then" || type == "else") {
          ctx_.in_condition = false;
          ctx_.in_if_body = true;
        }
        continue;
      }
      if (type == "comment") continue;
      if (is_word_node(type)) {
        word(child.node);  // for/case values: only their $(…) matter
        continue;
      }
      if (type == "file_redirect" || type == "herestring_redirect") {
        std::vector<Word> extra;
        out_.redirects.push_back(redirect_of(child.node, extra));
        continue;
      }
      const bool statement = is_statement(type);
      if (statement) {
        // No operator between two statements: they were on separate lines.
        if (previous_was_statement) pending_ = Connector::kNewline;
        ctx_.and_or_list = next_list_++;
      }
      visit_statement(child.node);
      previous_was_statement = statement;
    }
    ctx_ = saved;
  }

  // Returns the index of the statement's last simple command, the one a redirection written after the
  // statement applies to in bash ("a && b > f", "a | b > f" redirect b).
  std::optional<uint32_t> visit_statement(TSNode node) {
    Guard guard(*this);
    if (!guard.ok) return std::nullopt;
    std::string_view type = type_of(node);
    const Placement saved = ctx_;
    std::optional<uint32_t> result;
    if (type == "command") {
      result = visit_command(node);
    } else if (type == "declaration_command" || type == "unset_command") {
      result = visit_keyword_command(node);
    } else if (type == "test_command") {
      result = visit_test(node);
    } else if (type == "redirected_statement") {
      result = visit_redirected(node);
    } else if (type == "pipeline") {
      result = visit_pipeline(node);
    } else if (type == "list") {
      result = visit_list(node, nullptr);
    } else if (type == "negated_command") {
      ctx_.negated = true;
      for (const Child& child : children_of(node)) {
        if (child.named() && child.type() != "comment") result = visit_statement(child.node);
      }
    } else if (type == "subshell") {
      ctx_.subshell_depth++;
      visit_sequence(node);
    } else if (type == "compound_statement") {
      ctx_.in_brace_group = true;
      visit_sequence(node);
    } else if (type == "do_group") {
      ctx_.in_condition = false;
      ctx_.in_loop_body = true;
      visit_sequence(node);
    } else if (type == "case_item") {
      ctx_.in_case_body = true;
      visit_sequence(node);
    } else if (type == "function_definition") {
      visit_function(node);
    } else if (type == "variable_assignment") {
      visit_assignment(node);
    } else if (type == "variable_assignments") {
      for (const Child& child : children_of(node)) {
        if (child.type() == "variable_assignment") visit_assignment(child.node);
      }
    } else if (type != "comment") {
      // if/elif/else, while/until, for, case, ERROR (to salvage what is inside), expressions.
      visit_sequence(node);
    }
    ctx_ = saved;
    return result;
  }

  // Reserves the command's slot before its words are read, so commands nested in them come after it.
  uint32_t begin_command(TSNode node, Command& command) {
    const auto index = static_cast<uint32_t>(out_.commands.size());
    out_.commands.emplace_back();
    command.script = range_of(node);
    command.source = source_of(node);
    command.placement = ctx_;
    command.placement.joined_by = pending_;
    pending_ = Connector::kNone;
    if (!pipes_.empty()) {
      command.placement.pipeline = pipes_.back().index;
      command.placement.pipeline_stage = pipes_.back().stage;
    }
    for (const PipeFrame& frame : pipes_) {
      auto& stages = out_.pipelines[frame.index].stages;
      if (stages.size() <= frame.stage) stages.resize(frame.stage + 1);
      stages[frame.stage].push_back(index);
    }
    return index;
  }

  uint32_t visit_command(TSNode node) {
    Command command;
    const uint32_t index = begin_command(node, command);
    const std::optional<uint32_t> saved = current_command_;
    current_command_ = index;
    for (const Child& child : children_of(node)) {
      if (child.field == "name") {
        command.name = word(child.node);
      } else if (child.field == "argument") {
        command.args.push_back(word(child.node));
      } else if (child.field == "redirect") {
        Redirect r = redirect_of(child.node, command.args);
        command.redirects.push_back(r);
        out_.redirects.push_back(std::move(r));
      } else if (child.type() == "variable_assignment") {
        command.assignments.push_back(assignment_of(child.node));
      } else if (child.named() && child.type() != "comment") {
        visit_statement(child.node);
      }
    }
    current_command_ = saved;
    out_.commands[index] = std::move(command);
    return index;
  }

  // export/local/declare/readonly/typeset/unset: a command named by its keyword.
  uint32_t visit_keyword_command(TSNode node) {
    Command command;
    const uint32_t index = begin_command(node, command);
    const std::optional<uint32_t> saved = current_command_;
    current_command_ = index;
    bool first = true;
    for (const Child& child : children_of(node)) {
      if (first) {
        command.name = word(child.node);
        first = false;
      } else if (child.named() && child.type() != "comment") {
        command.args.push_back(word(child.node));
      }
    }
    current_command_ = saved;
    out_.commands[index] = std::move(command);
    return index;
  }

  // [ … ] and [[ … ]]: a command named "[" or "[[" whose arguments are the expression's words.
  uint32_t visit_test(TSNode node) {
    Command command;
    const uint32_t index = begin_command(node, command);
    const std::optional<uint32_t> saved = current_command_;
    current_command_ = index;
    std::vector<Child> children = children_of(node);
    for (size_t i = 0; i < children.size(); ++i) {
      const Child& child = children[i];
      if (i == 0 && !child.named()) {
        command.name = word(child.node);
      } else if (i + 1 == children.size() && !child.named()) {
        // the closing bracket is syntax, not an operand
      } else {
        flatten_expression(child.node, command.args);
      }
    }
    current_command_ = saved;
    out_.commands[index] = std::move(command);
    return index;
  }

  void flatten_expression(TSNode node, std::vector<Word>& out) {
    Guard guard(*this);
    if (!guard.ok) return;
    std::string_view type = type_of(node);
    if (type == "comment") return;
    if (is_word_node(type) || ts_node_child_count(node) == 0) {
      out.push_back(word(node));
      return;
    }
    for (const Child& child : children_of(node)) flatten_expression(child.node, out);
  }

  // tree-sitter-bash attaches redirections written after a list or pipeline to the whole list or pipeline
  // (and nests "a | b 2>x | c" as a pipeline inside a pipeline); bash applies them to the last simple
  // command. `frame`, when given, is the enclosing pipeline that a body pipeline belongs to.
  std::optional<uint32_t> visit_redirected(TSNode node, std::optional<size_t> frame = std::nullopt) {
    std::vector<Child> children = children_of(node);
    bool has_heredoc = false;
    bool pipe_open = false;
    for (const Child& child : children) {
      if (child.type() != "heredoc_redirect") continue;
      has_heredoc = true;
      for (const Child& grandchild : children_of(child.node)) {
        // tree-sitter-bash puts "| sh" of "cat <<EOF | sh" inside the heredoc redirect; the body command is
        // the pipeline's first stage.
        if (grandchild.type() == "pipeline") pipe_open = true;
      }
    }
    if (pipe_open) open_pipeline(node);

    std::optional<uint32_t> index;
    std::optional<uint32_t> body_pipeline;
    for (const Child& child : children) {
      std::string_view type = child.type();
      if (child.field == "body") {
        if (frame && child.type() == "pipeline") {
          index = visit_pipeline_items(child.node, *frame);
        } else {
          if (child.type() == "pipeline") body_pipeline = static_cast<uint32_t>(out_.pipelines.size());
          index = visit_statement(child.node);
        }
      } else if (type == "heredoc_redirect") {
        visit_heredoc(child.node, index, pipe_open);
      } else if (type == "file_redirect" || type == "herestring_redirect") {
        std::vector<Word> extra;
        Redirect r = redirect_of(child.node, extra);
        if (index) {
          Command& command = out_.commands[*index];
          command.redirects.push_back(r);
          for (Word& w : extra) command.args.push_back(std::move(w));
        }
        out_.redirects.push_back(std::move(r));
      } else if (child.named() && type != "comment") {
        visit_statement(child.node);
      }
    }
    if (pipe_open) close_pipeline(pipe_open);
    if (index && !has_heredoc) {
      // The command's range covers its redirections, so a fix can remove or replace it whole.
      Command& command = out_.commands[*index];
      command.script.end = range_of(node).end;
      command.source.end = source_of(node).end;
    }
    if (body_pipeline && *body_pipeline < out_.pipelines.size() && !has_heredoc) {
      out_.pipelines[*body_pipeline].script.end = range_of(node).end;
      out_.pipelines[*body_pipeline].source.end = source_of(node).end;
    }
    return index;
  }

  void open_pipeline(TSNode node) {
    Pipeline pipeline;
    pipeline.script = range_of(node);
    pipeline.source = source_of(node);
    pipes_.push_back({static_cast<uint32_t>(out_.pipelines.size()), 0});
    out_.pipelines.push_back(std::move(pipeline));
  }

  void close_pipeline(bool& open) {
    if (!open) return;
    pipes_.pop_back();
    open = false;
  }

  std::optional<uint32_t> visit_pipeline(TSNode node) {
    open_pipeline(node);
    std::optional<uint32_t> last = visit_pipeline_items(node, pipes_.size() - 1);
    pipes_.pop_back();
    return last;
  }

  std::optional<uint32_t> visit_pipeline_items(TSNode node, size_t frame) {
    Guard guard(*this);
    if (!guard.ok) return std::nullopt;
    std::optional<uint32_t> last;
    for (const Child& child : children_of(node)) {
      std::string_view type = child.type();
      if (!child.named()) {
        if (type == "|" || type == "|&") {
          pipes_[frame].stage++;
          if (type == "|&") out_.pipelines[pipes_[frame].index].pipes_stderr = true;
        }
        on_token(type);
      } else if (type == "redirected_statement") {
        last = visit_redirected(child.node, frame);
      } else if (type != "comment") {
        last = visit_statement(child.node);
      }
    }
    return last;
  }

  // "| sh" continuing the pipeline opened by visit_redirected. If the grammar folded "| sh && next" into a
  // list, only the first operand is a stage.
  void continue_pipeline(TSNode node, bool& pipe_open) {
    for (const Child& child : children_of(node)) {
      std::string_view type = child.type();
      if (!child.named()) {
        if (pipe_open && (type == "|" || type == "|&")) {
          pipes_.back().stage++;
          if (type == "|&") out_.pipelines[pipes_.back().index].pipes_stderr = true;
        }
        on_token(type);
      } else if (type == "list") {
        visit_list(child.node, &pipe_open);
      } else if (type != "comment") {
        visit_statement(child.node);
      }
      if (pipe_open) {
        Pipeline& p = out_.pipelines[pipes_.back().index];
        p.script.end = range_of(child.node).end;
        p.source.end = source_of(child.node).end;
      }
    }
    close_pipeline(pipe_open);
  }

  // "a && b || c" nests to the left; it is flattened without recursion so that a 10 000-command chain
  // does not exhaust the stack.
  std::optional<uint32_t> visit_list(TSNode node, bool* pipe_open) {
    std::vector<std::vector<Child>> levels;
    TSNode current = node;
    while (true) {
      std::vector<Child> children = children_of(current);
      const bool deeper = !children.empty() && children.front().type() == "list";
      TSNode next = deeper ? children.front().node : current;
      levels.push_back(std::move(children));
      if (!deeper) break;
      current = next;
    }
    bool first_operand_done = false;
    std::optional<uint32_t> last;
    for (size_t level = levels.size(); level-- > 0;) {
      const std::vector<Child>& children = levels[level];
      for (size_t k = (level + 1 == levels.size()) ? 0 : 1; k < children.size(); ++k) {
        const Child& child = children[k];
        if (!child.named()) {
          on_token(child.type());
          continue;
        }
        if (child.type() == "comment") continue;
        last = visit_statement(child.node);
        if (!first_operand_done && pipe_open) {
          Pipeline& p = out_.pipelines[pipes_.back().index];
          p.script.end = range_of(child.node).end;
          p.source.end = source_of(child.node).end;
          close_pipeline(*pipe_open);
        }
        first_operand_done = true;
      }
    }
    return last;
  }

  void visit_heredoc(TSNode node, std::optional<uint32_t> index, bool& pipe_open) {
    Redirect r;
    HeredocBody body;
    std::vector<Redirect> nested;
    const core::ByteRange node_range = range_of(node);
    uint32_t marker_end = node_range.begin;
    std::optional<core::ByteRange> body_range;
    std::optional<uint32_t> end_marker;
    for (const Child& child : children_of(node)) {
      std::string_view type = child.type();
      if (!child.named()) {
        if (type == "<<" || type == "<<-") {
          r.op = std::string(type);
          body.strip_tabs = type == "<<-";
        } else {
          on_token(type);
        }
      } else if (child.field == "descriptor") {
        r.fd = parse_fd(text_of(child.node));
      } else if (type == "heredoc_start") {
        r.target = decode_heredoc_delimiter(child.node, text_);
        marker_end = range_of(child.node).end;
      } else if (child.field == "redirect") {
        std::vector<Word> extra;
        nested.push_back(redirect_of(child.node, extra));
        if (index) {
          for (Word& w : extra) out_.commands[*index].args.push_back(std::move(w));
        }
      } else if (child.field == "right") {
        close_pipeline(pipe_open);
        visit_statement(child.node);
      } else if (type == "pipeline") {
        continue_pipeline(child.node, pipe_open);
      } else if (type == "heredoc_body") {
        body_range = range_of(child.node);
        if (!r.target.is_quoted) {
          const std::optional<uint32_t> saved = current_command_;
          current_command_ = index;
          scan_substitutions(child.node);
          current_command_ = saved;
        }
      } else if (type == "heredoc_end") {
        end_marker = range_of(child.node).begin;
      }
    }
    body.delimiter = r.target.value();
    body.expands = !r.target.is_quoted;
    body.script = heredoc_lines(body_range, end_marker, marker_end, node_range.end);
    body.text = text_.text().substr(body.script.begin, body.script.size());
    body.source = text_.to_source(body.script.begin, body.script.end);
    r.heredoc = std::move(body);
    r.source = text_.to_source(node_range.begin, marker_end);
    if (index) out_.commands[*index].redirects.push_back(r);
    out_.redirects.push_back(std::move(r));
    for (Redirect& n : nested) {
      if (index) out_.commands[*index].redirects.push_back(n);
      out_.redirects.push_back(std::move(n));
    }
  }

  // Whole body lines: from the start of the first line after the marker to the start of the terminator line
  // (tree-sitter leaves the tabs of <<- and the terminator's indentation outside its nodes).
  core::ByteRange heredoc_lines(std::optional<core::ByteRange> body, std::optional<uint32_t> end_marker,
                                uint32_t marker_end, uint32_t node_end) const {
    std::string_view t = text_.text();
    uint32_t begin = body ? body->begin : (end_marker ? *end_marker : node_end);
    while (begin > marker_end && (t[begin - 1] == '\t' || t[begin - 1] == ' ')) --begin;
    uint32_t end = end_marker ? *end_marker : (body ? body->end : node_end);
    if (end_marker) {
      while (end > begin && t[end - 1] != '\n') --end;
    }
    return {begin, std::max(begin, end)};
  }

  void scan_substitutions(TSNode node) {
    Guard guard(*this);
    if (!guard.ok) return;
    for (const Child& child : children_of(node)) {
      std::string_view type = child.type();
      if (type == "command_substitution" || type == "process_substitution") {
        on_substitution(child.node);
      } else if (ts_node_child_count(child.node) > 0) {
        scan_substitutions(child.node);
      }
    }
  }

  // file_redirect and herestring_redirect. tree-sitter-bash reads "cmd >f a b" as a redirect with three
  // destinations; the shell passes a and b as arguments, so they go to `extra_args`.
  Redirect redirect_of(TSNode node, std::vector<Word>& extra_args) {
    Redirect r;
    core::ByteRange covered = range_of(node);
    bool have_target = false;
    for (const Child& child : children_of(node)) {
      if (child.field == "descriptor") {
        r.fd = parse_fd(text_of(child.node));
      } else if (!child.named()) {
        if (r.op.empty()) r.op = std::string(child.type());
        if (!have_target) covered.end = range_of(child.node).end;
      } else if (child.type() == "comment") {
        continue;
      } else if (!have_target) {
        r.target = word(child.node);
        covered.end = range_of(child.node).end;
        have_target = true;
      } else {
        extra_args.push_back(word(child.node));
      }
    }
    if (!have_target) {
      r.target.script = {covered.end, covered.end};
      r.target.source = text_.to_source(covered.end, covered.end);
    }
    r.source = text_.to_source(covered.begin, covered.end);
    return r;
  }

  std::pair<std::string, Word> assignment_of(TSNode node) {
    std::string name;
    std::optional<Word> value;
    for (const Child& child : children_of(node)) {
      if (child.field == "name")
        name = text_of(child.node);
      else if (child.field == "value")
        value = word(child.node);
    }
    if (!value) {
      // "FOO=" assigns the empty string.
      const uint32_t end = range_of(node).end;
      Word empty;
      empty.literal = std::string();
      empty.script = {end, end};
      empty.source = text_.to_source(end, end);
      empty.literal_offsets = {empty.source.end};
      value = std::move(empty);
    }
    return {std::move(name), std::move(*value)};
  }

  void visit_assignment(TSNode node) {
    auto [name, value] = assignment_of(node);
    out_.assignments.push_back({std::move(name), std::move(value), source_of(node)});
  }

  void visit_function(TSNode node) {
    ctx_.in_function = true;
    for (const Child& child : children_of(node)) {
      if (child.field == "name") {
        ctx_.function_name = text_of(child.node);
      } else if (child.field == "body") {
        visit_statement(child.node);
      } else if (child.field == "redirect") {
        std::vector<Word> extra;
        out_.redirects.push_back(redirect_of(child.node, extra));
      }
    }
  }

  const core::MappedText& text_;
  Script out_;
  Placement ctx_;
  Connector pending_ = Connector::kNone;
  std::vector<PipeFrame> pipes_;
  std::optional<uint32_t> current_command_;
  uint32_t next_list_ = 0;
  uint32_t depth_ = 0;
  bool too_deep_ = false;
};

}  // namespace

core::Result<Script> build_script(TSNode root, const core::MappedText& text) {
  Builder builder(text);
  return builder.run(root);
}

}  // namespace distill::syntax::shell
