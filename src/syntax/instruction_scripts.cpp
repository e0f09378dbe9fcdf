// Decides which heredoc bodies are shell code the way BuildKit runs them: a heredoc that is the whole command
// is written to a file and executed (so its shebang, or the default shell, runs it); one fed to a shell's
// stdin is shell code too; anything else is data.
#include "syntax/instruction_scripts.h"

#include <string_view>

namespace distill::syntax {
namespace {

bool is_shell_name(std::string_view word) {
  if (auto slash = word.rfind('/'); slash != std::string_view::npos) word = word.substr(slash + 1);
  for (std::string_view shell : {"sh", "bash", "ash", "dash", "zsh", "ksh", "mksh"}) {
    if (word == shell) return true;
  }
  return false;
}

// The words of the RUN command line with the heredoc markers taken out.
std::vector<std::string_view> words_without_markers(const Instruction& run) {
  std::vector<std::string_view> words;
  std::string_view text = run.command.text();
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
    std::string_view word = text.substr(start, i - start);
    if (!word.empty() && word.find("<<") == std::string_view::npos) words.push_back(word);
  }
  return words;
}

bool shebang_is_shell(std::string_view body) {
  if (body.substr(0, 2) != "#!") return false;
  std::string_view line = body.substr(2, body.find('\n') - 2);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  std::string_view program = line.substr(0, line.find(' '));
  if (program.size() >= 8 && program.substr(program.size() - 3) == "env") {
    std::string_view rest =
        line.substr(line.find(' ') == std::string_view::npos ? line.size() : line.find(' ') + 1);
    program = rest.substr(0, rest.find(' '));
  }
  return is_shell_name(program);
}

}  // namespace

bool heredoc_is_shell_script(const Instruction& run, size_t index) {
  if (!run.is("RUN") || index >= run.heredocs.size()) return false;
  auto words = words_without_markers(run);
  if (words.empty()) {
    // The heredoc is the program: its shebang decides, no shebang means the default shell.
    std::string_view body = run.heredocs[index].body;
    return body.substr(0, 2) != "#!" || shebang_is_shell(body);
  }
  // `bash <<EOF`, `sh -e <<EOF`: a shell reading the script from stdin (only the first heredoc is stdin).
  if (index != 0 || !is_shell_name(words.front())) return false;
  for (size_t i = 1; i < words.size(); ++i) {
    if (words[i].front() != '-' || words[i] == "-c") return false;
  }
  return true;
}

std::vector<shell::Script> parse_scripts(const Instruction& in, shell::Parser& parser) {
  std::vector<shell::Script> scripts;
  if (in.form != Form::kShell) return scripts;
  if (auto script = parser.parse(in.command)) scripts.push_back(std::move(script.value()));
  for (size_t i = 0; i < in.heredocs.size(); ++i) {
    if (!heredoc_is_shell_script(in, i)) continue;
    if (auto script = parser.parse(in.heredocs[i].body_text)) scripts.push_back(std::move(script.value()));
  }
  return scripts;
}

}  // namespace distill::syntax
