// Builds ShellCheck's input the way hadolint does (a shebang, `export NAME=1` for every ARG/ENV in scope, the
// RUN text) but keeps a line table so every comment lands on the exact Dockerfile bytes, not just the RUN.
#include "lint/shellcheck_script.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "lint/pragmas.h"
#include "syntax/instruction_scripts.h"
#include "syntax/variable_scope.h"

namespace distill::lint {
namespace {

std::string_view basename(std::string_view program) {
  if (auto slash = program.find_last_of("/\\"); slash != std::string_view::npos)
    program.remove_prefix(slash + 1);
  return program;
}

// BuildKit predefines these for every RUN without an ARG, so referring to them is fine.
constexpr std::string_view kProxyVariables[] = {"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
                                                "FTP_PROXY",  "ftp_proxy",  "NO_PROXY",    "no_proxy",
                                                "ALL_PROXY",  "all_proxy"};

bool is_identifier(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// The program of a SHELL instruction, seeing through `/usr/bin/env [-S] bash`.
std::string_view shell_program(const std::vector<syntax::Argument>& args) {
  if (args.empty()) return {};
  if (basename(args.front().text) != "env") return args.front().text;
  for (size_t i = 1; i < args.size(); ++i) {
    if (!args[i].text.empty() && args[i].text.front() != '-') return args[i].text;
  }
  return {};
}

// The interpreter named by a "#!" line, seeing through env; empty when there is no shebang.
std::string_view shebang_program(std::string_view body) {
  if (body.substr(0, 2) != "#!") return {};
  std::string_view line =
      body.substr(2, body.find('\n') == std::string_view::npos ? body.npos : body.find('\n') - 2);
  auto next_word = [&line]() {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    size_t end = line.find_first_of(" \t\r");
    std::string_view word = line.substr(0, end);
    line.remove_prefix(word.size());
    return word;
  };
  std::string_view program = next_word();
  if (basename(program) == "env") {
    program = next_word();
    while (!program.empty() && program.front() == '-') program = next_word();
  }
  return program;
}

// The words of a RUN command line with heredoc markers taken out: none means the heredoc is the program.
std::vector<std::string_view> words_without_markers(const syntax::Instruction& run) {
  std::vector<std::string_view> words;
  std::string_view text = run.command.text();
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r') ++i;
    std::string_view word = text.substr(start, i - start);
    if (!word.empty() && word.find("<<") == std::string_view::npos) words.push_back(word);
  }
  return words;
}

core::ByteRange first_line(const syntax::Dockerfile& file, const syntax::Instruction& in) {
  std::string_view text = file.source().slice(in.range);
  size_t newline = text.find('\n');
  uint32_t length = newline == std::string_view::npos ? in.range.size() : static_cast<uint32_t>(newline);
  return {in.range.begin, in.range.begin + length};
}

class ScriptBuilder {
 public:
  ScriptBuilder(size_t file, std::string dialect, core::ByteRange anchor) {
    script_.file = file;
    script_.dialect = std::move(dialect);
    script_.anchor = anchor;
  }

  void made_up_line(std::string_view line, bool prelude) {
    script_.lines.push_back({nullptr, 0, static_cast<uint32_t>(script_.text.size()), prelude});
    script_.text.append(line);
    script_.text.push_back('\n');
  }

  // Copies lines [begin, end) of `origin` (end is a line end or the text's end); a '\r' before a line end is
  // dropped so CRLF files do not draw a carriage-return warning on every line. Columns before it are unmoved.
  void copy(const core::MappedText& origin, uint32_t begin, uint32_t end) {
    std::string_view text = origin.text();
    while (begin < end) {
      size_t newline = text.substr(begin, end - begin).find('\n');
      uint32_t line_end = newline == std::string_view::npos ? end : begin + static_cast<uint32_t>(newline);
      uint32_t content_end = line_end;
      if (content_end > begin && text[content_end - 1] == '\r') --content_end;
      script_.lines.push_back({&origin, begin, static_cast<uint32_t>(script_.text.size()), false});
      script_.text.append(text.substr(begin, content_end - begin));
      script_.text.push_back('\n');
      begin = newline == std::string_view::npos ? end : line_end + 1;
    }
  }

  void prelude(std::string_view dialect_shebang, const std::vector<std::string>& names) {
    if (!dialect_shebang.empty()) made_up_line(dialect_shebang, true);
    for (const std::string& name : names) made_up_line("export " + name + "=1", true);
  }

  ShellcheckScript take() { return std::move(script_); }

 private:
  ShellcheckScript script_;
};

class Collector {
 public:
  Collector(const syntax::Dockerfile& file, size_t file_index) : file_(file), file_index_(file_index) {}

  std::vector<ShellcheckScript> run() {
    Pragmas pragmas = read_pragmas(file_);
    std::string default_program = pragmas.shell.value_or("/bin/sh");
    std::vector<std::string> stage_program(file_.stages.size(), default_program);
    for (const syntax::Stage& stage : file_.stages) {
      std::string program =
          stage.parent && *stage.parent < stage.index ? stage_program[*stage.parent] : default_program;
      for (size_t i = 0; i < stage.instructions.size(); ++i) {
        const syntax::Instruction& in = stage.instructions[i];
        if (in.is("SHELL") && in.form == syntax::Form::kJson && !in.args.empty()) {
          program = std::string(shell_program(in.args));
        }
        const syntax::Instruction& run = in.effective();
        if (run.is("RUN") && run.form == syntax::Form::kShell) {
          add_run(run, first_line(file_, in), program, visible_names(stage.index, i));
        }
      }
      stage_program[stage.index] = program;
    }
    return std::move(scripts_);
  }

 private:
  std::vector<std::string> visible_names(uint32_t stage, size_t instruction) const {
    std::set<std::string> names(std::begin(kProxyVariables), std::end(kProxyVariables));
    syntax::variables::Scope scope = syntax::scope_before(file_, stage, instruction);
    for (const auto& entry : scope.entries()) {
      if (is_identifier(entry.name)) names.insert(entry.name);
    }
    return {names.begin(), names.end()};
  }

  void add_run(const syntax::Instruction& run, core::ByteRange anchor, const std::string& program,
               const std::vector<std::string>& names) {
    std::optional<std::string> stage_dialect = shellcheck_dialect(program);
    std::vector<std::string_view> words = words_without_markers(run);
    // The command line, unless a heredoc alone is the program; the shell sees heredoc bodies after it.
    if (!words.empty() && stage_dialect) {
      ScriptBuilder builder(file_index_, *stage_dialect, anchor);
      builder.prelude("#!/bin/" + *stage_dialect, names);
      builder.copy(run.command, 0, run.command.size());
      for (const syntax::Heredoc& doc : run.heredocs) {
        builder.copy(doc.body_text, 0, doc.body_text.size());
        builder.made_up_line(doc.delimiter, false);
      }
      scripts_.push_back(builder.take());
    }
    for (size_t i = 0; i < run.heredocs.size(); ++i) {
      if (!syntax::heredoc_is_shell_script(run, i)) continue;
      const core::MappedText& body = run.heredocs[i].body_text;
      std::string_view shebang = shebang_program(body.text());
      std::optional<std::string> dialect = !words.empty()     ? shellcheck_dialect(words.front())
                                           : !shebang.empty() ? shellcheck_dialect(shebang)
                                                              : stage_dialect;
      if (!dialect) continue;
      ScriptBuilder builder(file_index_, *dialect, anchor);
      if (!shebang.empty()) {
        // The body's own shebang stays on line 1, where ShellCheck looks for it.
        size_t newline = body.text().find('\n');
        uint32_t first_end = newline == std::string::npos ? body.size() : static_cast<uint32_t>(newline + 1);
        builder.copy(body, 0, first_end);
        builder.prelude("", names);
        builder.copy(body, first_end, body.size());
      } else {
        builder.prelude("#!/bin/" + *dialect, names);
        builder.copy(body, 0, body.size());
      }
      scripts_.push_back(builder.take());
    }
  }

  const syntax::Dockerfile& file_;
  size_t file_index_;
  std::vector<ShellcheckScript> scripts_;
};

// Length of the UTF-8 sequence starting at text[i], or 1 for a byte that does not start a valid one;
// ShellCheck decodes leniently, one character per invalid byte.
size_t char_length(std::string_view text, size_t i) {
  auto byte = static_cast<unsigned char>(text[i]);
  size_t length = byte < 0x80           ? 1
                  : (byte >> 5) == 0x6  ? 2
                  : (byte >> 4) == 0xE  ? 3
                  : (byte >> 3) == 0x1E ? 4
                                        : 0;
  if (length == 0 || i + length > text.size()) return 1;
  for (size_t k = 1; k < length; ++k) {
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
  }
  return length;
}

struct ScriptPoint {
  size_t line;     // index into lines
  uint32_t inset;  // bytes from the line's start
};

ScriptPoint locate(const ShellcheckScript& script, uint32_t line, uint32_t column) {
  if (line == 0) line = 1;
  if (line > script.lines.size()) {  // past the end (an unexpected end of file): the last line's end
    line = static_cast<uint32_t>(script.lines.size());
    column = UINT32_MAX;
  }
  const ShellcheckScript::Line& entry = script.lines[line - 1];
  std::string_view text = script.text;
  size_t line_end = text.find('\n', entry.text_begin);
  size_t at = entry.text_begin;
  for (uint32_t c = 1; c < column && at < line_end; ++c) at += char_length(text.substr(0, line_end), at);
  return {line - 1, static_cast<uint32_t>(at - entry.text_begin)};
}

// A source offset for a point in a mapped line. An end (or an insertion point) sticks to the byte before it,
// so it never jumps over a removed line continuation or comment line to the next physical line.
uint32_t source_offset(const ShellcheckScript::Line& line, uint32_t inset, bool sticks_left) {
  uint32_t at = line.origin_begin + inset;
  if (sticks_left && at > 0) return line.origin->source_offset(at - 1) + 1;
  return line.origin->source_offset(at);
}

}  // namespace

std::optional<std::string> shellcheck_dialect(std::string_view program) {
  std::string_view name = basename(program);
  if (name.size() > 4 && name.substr(name.size() - 4) == ".exe") return std::nullopt;
  if (name == "sh") return "sh";
  if (name == "bash") return "bash";
  if (name == "dash" || name == "ash") return "dash";  // ShellCheck checks ash as dash (hence SC2187)
  if (name == "ksh" || name == "mksh" || name == "ksh93" || name == "pdksh" || name == "oksh") return "ksh";
  return std::nullopt;
}

std::optional<core::ByteRange> ShellcheckScript::to_source(uint32_t line, uint32_t column, uint32_t end_line,
                                                           uint32_t end_column) const {
  if (lines.empty()) return std::nullopt;
  ScriptPoint begin = locate(*this, line, column);
  ScriptPoint end = locate(*this, std::max(end_line, line), end_line < line ? column : end_column);
  if (end.line == begin.line) end.inset = std::max(end.inset, begin.inset);
  const Line& first = lines[begin.line];
  if (first.prelude) return std::nullopt;
  if (first.origin == nullptr) return anchor;
  bool empty = end.line == begin.line && end.inset == begin.inset;
  uint32_t from = source_offset(first, begin.inset, empty);
  const Line& last = lines[end.line];
  uint32_t to = from;
  if (last.origin != nullptr) {
    to = source_offset(last, end.inset, true);
  } else {  // ends on a made-up line (a heredoc terminator): stop at the end of the first line
    size_t line_end = text.find('\n', first.text_begin);
    to = source_offset(first, static_cast<uint32_t>(line_end - first.text_begin), true);
  }
  return core::ByteRange{from, std::max(from, to)};
}

std::vector<ShellcheckScript> collect_shellcheck_scripts(const syntax::Dockerfile& file, size_t file_index) {
  return Collector(file, file_index).run();
}

}  // namespace distill::lint
