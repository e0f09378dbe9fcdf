// Quote removal and escape resolution per POSIX (unquoted, "…", '…') and bash ($'…'), keeping for each
// resulting byte the Dockerfile offset it came from.
#include "syntax/shell/word_decoder.h"

#include <algorithm>
#include <array>
#include <string>

#include "syntax/shell/ts_walk.h"

namespace distill::syntax::shell {

namespace {

class Decoder {
 public:
  Decoder(const core::MappedText& script, SubstitutionSink& sink) : script_(script), sink_(sink) {}

  Word finish(TSNode node) {
    core::ByteRange r = range_of(node);
    word_.raw = script_.text().substr(r.begin, r.size());
    word_.script = r;
    word_.source = script_.to_source(r.begin, r.end);
    if (known_) {
      word_.literal = std::move(literal_);
      offsets_.push_back(word_.source.end);
      word_.literal_offsets = std::move(offsets_);
    }
    return std::move(word_);
  }

  void decode(TSNode node) {
    if (!sink_.enter()) {
      known_ = false;
      sink_.leave();
      return;
    }
    dispatch(node);
    sink_.leave();
  }

 private:
  void dispatch(TSNode node) {
    std::string_view type = type_of(node);
    core::ByteRange r = range_of(node);
    if (type == "word") {
      unquoted(r.begin, r.end);
    } else if (type == "raw_string") {
      word_.is_quoted = true;
      if (r.size() >= 2) verbatim(r.begin + 1, r.end - 1);
    } else if (type == "string") {
      word_.is_quoted = true;
      double_quoted(node);
    } else if (type == "ansi_c_string") {
      word_.is_quoted = true;
      if (r.size() >= 3) ansi_c(r.begin + 2, r.end - 1);
    } else if (type == "simple_expansion" || type == "expansion" || type == "arithmetic_expansion" ||
               type == "brace_expression") {
      word_.has_expansion = true;
      known_ = false;
      scan(node);
    } else if (type == "command_substitution" || type == "process_substitution") {
      word_.has_expansion = true;
      word_.has_command_substitution = true;
      known_ = false;
      sink_.on_substitution(node);
    } else if (type == "array" || type == "ERROR" || ts_node_is_missing(node)) {
      known_ = false;
      scan(node);
    } else if (type == "translated_string") {
      // $"…": the locale translation of a double-quoted string; we take the string as written.
      for (const Child& child : children_of(node)) {
        if (child.type() == "string") decode(child.node);
      }
    } else if (type == "extglob_pattern") {
      word_.has_glob = true;
      verbatim(r.begin, r.end);
    } else if (ts_node_child_count(node) == 0) {
      // number, variable_name, test_operator, regex, and tokens such as "=" or "==".
      verbatim(r.begin, r.end);
    } else {
      // concatenation, command_name, translated_string, variable_assignment: the parts in order; any bytes
      // between parts are unquoted text.
      uint32_t at = r.begin;
      for (const Child& child : children_of(node)) {
        core::ByteRange cr = range_of(child.node);
        if (cr.begin > at) unquoted(at, cr.begin);
        decode(child.node);
        at = std::max(at, cr.end);
      }
      if (r.end > at) unquoted(at, r.end);
    }
  }

  // Collects substitutions nested in an expansion (${A:-$(cmd)}) without producing a value.
  void scan(TSNode node) {
    for (const Child& child : children_of(node)) {
      std::string_view type = child.type();
      if (type == "command_substitution" || type == "process_substitution") {
        word_.has_command_substitution = true;
        sink_.on_substitution(child.node);
      } else if (ts_node_child_count(child.node) > 0) {
        if (sink_.enter()) scan(child.node);
        sink_.leave();
      }
    }
  }

  void put(char c, uint32_t script_offset) {
    literal_.push_back(c);
    offsets_.push_back(script_.source_offset(script_offset));
  }

  std::string_view text() const { return script_.text(); }

  void verbatim(uint32_t begin, uint32_t end) {
    for (uint32_t i = begin; i < end; ++i) put(text()[i], i);
  }

  // Outside quotes a backslash keeps the next byte literally; * ? [ are glob characters; a leading ~ is
  // tilde expansion.
  void unquoted(uint32_t begin, uint32_t end) {
    for (uint32_t i = begin; i < end; ++i) {
      char c = text()[i];
      if (c == '\\' && i + 1 < end) {
        put(text()[i + 1], i + 1);
        ++i;
        continue;
      }
      if (c == '*' || c == '?' || c == '[') word_.has_glob = true;
      if (c == '~' && literal_.empty() && !started_) {
        word_.has_expansion = true;
        known_ = false;
      }
      put(c, i);
    }
    started_ = true;
  }

  // Inside "…" a backslash only escapes $ ` " \ and newline.
  void double_quoted_text(uint32_t begin, uint32_t end) {
    for (uint32_t i = begin; i < end; ++i) {
      char c = text()[i];
      if (c == '\\' && i + 1 < end) {
        char n = text()[i + 1];
        if (n == '$' || n == '`' || n == '"' || n == '\\') {
          put(n, i + 1);
          ++i;
          continue;
        }
        if (n == '\n') {
          ++i;
          continue;
        }
      }
      put(c, i);
    }
  }

  void double_quoted(TSNode node) {
    started_ = true;
    core::ByteRange r = range_of(node);
    if (r.size() < 2) return;
    uint32_t at = r.begin + 1;
    const uint32_t end = r.end - 1;
    for (const Child& child : children_of(node)) {
      core::ByteRange cr = range_of(child.node);
      if (!child.named()) continue;  // the quotes themselves, or a lone "$"
      if (cr.begin > at) double_quoted_text(at, std::min(cr.begin, end));
      if (child.type() == "string_content") {
        double_quoted_text(cr.begin, cr.end);
      } else {
        decode(child.node);
      }
      at = std::max(at, cr.end);
    }
    if (end > at) double_quoted_text(at, end);
  }

  // bash's $'…': C escapes.
  void ansi_c(uint32_t begin, uint32_t end) {
    started_ = true;
    for (uint32_t i = begin; i < end; ++i) {
      char c = text()[i];
      if (c != '\\' || i + 1 >= end) {
        put(c, i);
        continue;
      }
      const uint32_t at = i;
      char n = text()[++i];
      static constexpr std::array<std::pair<char, char>, 11> simple = {{{'n', '\n'},
                                                                        {'t', '\t'},
                                                                        {'r', '\r'},
                                                                        {'a', '\a'},
                                                                        {'b', '\b'},
                                                                        {'f', '\f'},
                                                                        {'v', '\v'},
                                                                        {'e', '\x1b'},
                                                                        {'E', '\x1b'},
                                                                        {'\\', '\\'},
                                                                        {'\'', '\''}}};
      bool done = false;
      for (auto [from, to] : simple) {
        if (n == from) {
          put(to, at);
          done = true;
          break;
        }
      }
      if (done) continue;
      if (n == '"' || n == '?') {
        put(n, at);
      } else if (n == 'x' || (n >= '0' && n <= '7')) {
        const bool hex = n == 'x';
        const uint32_t max_digits = hex ? 2 : 3;
        uint32_t value = 0;
        uint32_t digits = 0;
        uint32_t j = hex ? i + 1 : i;
        for (; j < end && digits < max_digits; ++j, ++digits) {
          char d = text()[j];
          int v = (d >= '0' && d <= '9')          ? d - '0'
                  : hex && (d >= 'a' && d <= 'f') ? d - 'a' + 10
                  : hex && (d >= 'A' && d <= 'F') ? d - 'A' + 10
                                                  : -1;
          if (v < 0 || (!hex && v > 7)) break;
          value = value * (hex ? 16 : 8) + static_cast<uint32_t>(v);
        }
        if (digits == 0) {
          put('\\', at);
          put(n, i);
        } else {
          put(static_cast<char>(value & 0xff), at);
          i = j - 1;
        }
      } else {
        // Unknown escapes (and \u, \c, which we do not model) stay as written.
        put('\\', at);
        put(n, i);
      }
    }
  }

  const core::MappedText& script_;
  SubstitutionSink& sink_;
  Word word_;
  std::string literal_;
  std::vector<uint32_t> offsets_;
  bool known_ = true;
  bool started_ = false;  // some part was already decoded (a ~ after it is not tilde expansion)
};

}  // namespace

Word decode_word(TSNode node, const core::MappedText& script, SubstitutionSink& sink) {
  Decoder decoder(script, sink);
  decoder.decode(node);
  return decoder.finish(node);
}

Word decode_heredoc_delimiter(TSNode node, const core::MappedText& script) {
  core::ByteRange r = range_of(node);
  Word word;
  word.raw = script.text().substr(r.begin, r.size());
  word.script = r;
  word.source = script.to_source(r.begin, r.end);
  std::string value;
  std::vector<uint32_t> offsets;
  char quote = 0;
  for (uint32_t i = r.begin; i < r.end; ++i) {
    char c = script.text()[i];
    if (quote == 0 && (c == '\'' || c == '"')) {
      quote = c;
      word.is_quoted = true;
    } else if (c == quote) {
      quote = 0;
    } else if (c == '\\' && quote != '\'' && i + 1 < r.end) {
      word.is_quoted = true;
      ++i;
      value.push_back(script.text()[i]);
      offsets.push_back(script.source_offset(i));
    } else {
      value.push_back(c);
      offsets.push_back(script.source_offset(i));
    }
  }
  offsets.push_back(word.source.end);
  word.literal = std::move(value);
  word.literal_offsets = std::move(offsets);
  return word;
}

bool is_word_node(std::string_view type) {
  static constexpr std::array<std::string_view, 18> kinds = {"word",
                                                             "string",
                                                             "raw_string",
                                                             "ansi_c_string",
                                                             "translated_string",
                                                             "concatenation",
                                                             "simple_expansion",
                                                             "expansion",
                                                             "command_substitution",
                                                             "process_substitution",
                                                             "arithmetic_expansion",
                                                             "number",
                                                             "brace_expression",
                                                             "test_operator",
                                                             "regex",
                                                             "extglob_pattern",
                                                             "variable_name",
                                                             "special_variable_name"};
  for (std::string_view k : kinds) {
    if (k == type) return true;
  }
  return false;
}

}  // namespace distill::syntax::shell
