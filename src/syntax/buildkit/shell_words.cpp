// The subset of BuildKit's shell lexer (shell.Lex.ProcessWords with no variables set) that heredoc detection
// uses.
#include "syntax/buildkit/shell_words.h"

#include <utility>

#include "syntax/buildkit/go_quote.h"
#include "syntax/buildkit/go_unicode.h"

namespace distill::syntax::buildkit {

namespace {

constexpr char32_t eof = 0xFFFFFFFF;
constexpr char32_t escape_token = '\\';  // heredoc detection always lexes with a backslash
// Go grows its stack; we do not. Deeper `${...${...}}` nesting than this is reported as a lexing error.
constexpr int max_nesting = 512;

struct Failure {
  std::string message;
};

// Word accumulation as BuildKit's wordsStruct: unquoted whitespace ends a word; raw additions never split.
class Words {
 public:
  void add_char(char32_t ch) {
    if (is_space(ch) && in_word_) {
      if (!word_.empty()) {
        words_.push_back(std::move(word_));
        word_.clear();
        in_word_ = false;
      }
    } else if (!is_space(ch)) {
      add_raw_char(ch);
    }
  }
  void add_raw_char(char32_t ch) {
    append_rune(word_, ch);
    in_word_ = true;
  }
  void add_string(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
      auto [r, w] = decode_rune(s, pos);
      add_char(r);
      pos += w;
    }
  }
  void add_raw_string(std::string_view s) {
    word_ += s;
    in_word_ = true;
  }
  std::vector<std::string> take() {
    if (!word_.empty()) words_.push_back(std::move(word_));
    return std::move(words_);
  }

 private:
  std::string word_;
  std::vector<std::string> words_;
  bool in_word_ = false;
};

struct Processed {
  std::string result;
  std::vector<std::string> words;
};

class Lexer {
 public:
  Lexer(std::string_view input, ShellWordOptions options)
      : options_(options), raw_escapes_(options.raw_escapes) {
    // text/scanner hands out runes; an invalid byte comes out as U+FFFD.
    for (std::size_t pos = 0; pos < input.size();) {
      auto [r, w] = decode_rune(input, pos);
      runes_.push_back(r);
      pos += w;
    }
  }

  bool process_stop_on(char32_t stop, bool raw_escapes, Processed& out, Failure& fail) {
    if (++depth_ > max_nesting) {
      fail.message = "nesting too deep";
      return false;
    }
    const bool saved = raw_escapes_;
    raw_escapes_ = raw_escapes;
    bool ok = run(stop, out, fail);
    raw_escapes_ = saved;
    --depth_;
    return ok;
  }

 private:
  char32_t peek() const { return pos_ < runes_.size() ? runes_[pos_] : eof; }
  char32_t next() { return pos_ < runes_.size() ? runes_[pos_++] : eof; }

  bool run(char32_t stop, Processed& out, Failure& fail) {
    Words words;
    while (peek() != eof) {
      char32_t ch = peek();
      if (stop != eof && ch == stop) {
        next();
        out.words = words.take();
        return true;
      }
      if (ch == '$' || ch == '<' || ch == '\'' || ch == '"') {
        std::string tmp;
        bool ok = ch == '$'    ? dollar(tmp, fail)
                  : ch == '<'  ? possible_heredoc(tmp)
                  : ch == '\'' ? single_quote(tmp, fail)
                               : double_quote(tmp, fail);
        if (!ok) return false;
        out.result += tmp;
        if (ch == '$') {
          words.add_string(tmp);
        } else {
          words.add_raw_string(tmp);
        }
        continue;
      }
      ch = next();
      if (ch == escape_token) {
        if (raw_escapes_) {
          words.add_raw_char(ch);
          append_rune(out.result, ch);
        }
        ch = next();
        if (ch == eof) break;  // an escape at the very end escapes nothing
        words.add_raw_char(ch);
      } else {
        words.add_char(ch);
      }
      append_rune(out.result, ch);
    }
    if (stop != eof) {
      std::string s;
      append_rune(s, stop);
      fail.message = "unexpected end of statement while looking for matching " + s;
      return false;
    }
    out.words = words.take();
    return true;
  }

  bool single_quote(std::string& out, Failure& fail) {
    char32_t ch = next();
    if (options_.raw_quotes) append_rune(out, ch);
    for (;;) {
      ch = next();
      if (ch == eof) {
        fail.message = "unexpected end of statement while looking for matching single-quote";
        return false;
      }
      if (ch == '\'') {
        if (options_.raw_quotes) append_rune(out, ch);
        return true;
      }
      append_rune(out, ch);
    }
  }

  bool double_quote(std::string& out, Failure& fail) {
    char32_t ch = next();
    if (options_.raw_quotes) append_rune(out, ch);
    for (;;) {
      const char32_t p = peek();
      if (p == eof) {
        fail.message = "unexpected end of statement while looking for matching double-quote";
        return false;
      }
      if (p == '"') {
        ch = next();
        if (options_.raw_quotes) append_rune(out, ch);
        return true;
      }
      if (p == '$') {
        std::string value;
        if (!dollar(value, fail)) return false;
        out += value;
        continue;
      }
      ch = next();
      if (ch == escape_token) {
        if (raw_escapes_) append_rune(out, ch);
        const char32_t after = peek();
        if (after == eof) continue;
        if (after == '"' || after == '$' || after == escape_token) ch = next();
      }
      append_rune(out, ch);
    }
  }

  static bool is_special_param(char32_t c) {
    switch (c) {
      case '@':
      case '*':
      case '#':
      case '?':
      case '-':
      case '$':
      case '!':
      case '0':
        return true;
      default:
        return false;
    }
  }

  std::string name() {
    std::string out;
    while (peek() != eof) {
      char32_t ch = peek();
      if (out.empty() && is_digit(ch)) {
        while (peek() != eof && is_digit(peek())) append_rune(out, next());
        return out;
      }
      if (out.empty() && is_special_param(ch)) {
        append_rune(out, next());
        return out;
      }
      if (!is_letter(ch) && !is_digit(ch) && ch != '_') break;
      append_rune(out, next());
    }
    return out;
  }

  // Nothing is ever set, so every reference is written back as it was (SkipUnsetEnv), but the syntax of
  // ${...} is still checked: its errors make BuildKit ignore the whole line's heredocs.
  bool dollar(std::string& out, Failure& fail) {
    next();
    if (peek() != '{') {
      std::string n = name();
      out = n.empty() ? "$" : "$" + n;
      return true;
    }
    next();
    const char32_t first = peek();
    if (first == eof) {
      fail.message = "syntax error: missing '}'";
      return false;
    }
    if (first == '{' || first == '}' || first == ':') {
      fail.message = "syntax error: bad substitution";
      return false;
    }
    std::string n = name();
    char32_t ch = next();
    std::string chs;
    append_rune(chs, ch == eof ? rune_error : ch);
    if (ch == '}') {
      out = "${" + n + "}";
      return true;
    }
    if (ch == ':') {
      ch = next();
      append_rune(chs, ch == eof ? rune_error : ch);
      return modifier(n, chs, ch == '#' || ch == '%', out, fail);
    }
    if (ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%') {
      return modifier(n, chs, ch == '#' || ch == '%', out, fail);
    }
    if (ch == '/') {
      if (peek() == '/') next();
      Processed pattern;
      if (!process_stop_on('/', true, pattern, fail)) {
        if (peek() == eof) fail.message = "syntax error: missing '/' in ${}";
        return false;
      }
      Processed replacement;
      if (!process_stop_on('}', true, replacement, fail)) {
        if (peek() == eof) fail.message = "syntax error: missing '}'";
        return false;
      }
      out = "${" + n + "/" + pattern.result + "/" + replacement.result + "}";
      return true;
    }
    fail.message = "unsupported modifier (" + chs + ") in substitution";
    return false;
  }

  bool modifier(const std::string& n, const std::string& chs, bool raw_escapes, std::string& out,
                Failure& fail) {
    Processed word;
    if (!process_stop_on('}', raw_escapes, word, fail)) {
      if (peek() == eof) fail.message = "syntax error: missing '}'";
      return false;
    }
    out = "${" + n + chs + word.result + "}";
    return true;
  }

  bool possible_heredoc(std::string& out) {
    next();
    if (peek() != '<') {
      out = "<";
      return true;
    }
    next();
    out = "<<";
    while (peek() == ' ' || peek() == '\t' || peek() == '\r') append_rune(out, next());
    return true;
  }

  ShellWordOptions options_;
  bool raw_escapes_;
  std::vector<char32_t> runes_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

core::Result<std::vector<std::string>> shell_words(std::string_view input, ShellWordOptions options) {
  Lexer lexer(input, options);
  Processed out;
  Failure fail;
  if (!lexer.process_stop_on(eof, options.raw_escapes, out, fail)) {
    return core::Error{"failed to process " + go_quote(input) + ": " + fail.message, "", 0, 0};
  }
  return std::move(out.words);
}

}  // namespace distill::syntax::buildkit
