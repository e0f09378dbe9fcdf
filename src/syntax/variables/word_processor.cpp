// Recursive descent over runes with BuildKit's exact precedence of quotes, escapes and `$` forms.
#include "syntax/variables/word_processor.h"

#include "syntax/variables/pattern_match.h"
#include "syntax/variables/shell_pattern.h"
#include "syntax/variables/unicode_class.h"

namespace distill::syntax::variables {
namespace {

// Go grows its stack without limit; we stop nesting well before ours runs out.
constexpr int kMaxDepth = 400;

bool is_special_parameter(char32_t c) {
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

std::string rune_text(Rune r) {
  std::string s;
  append_rune(s, r.width == 0 ? kReplacementChar : r.code);
  return s;
}

}  // namespace

WordProcessor::WordProcessor(std::string_view text, char escape, const Lookup* lookup, bool quotes_literal)
    : text_(text),
      escape_(static_cast<unsigned char>(escape)),
      lookup_(lookup),
      quotes_literal_(quotes_literal) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // Go's text/scanner skips a leading byte-order mark
}

Rune WordProcessor::next() {
  const Rune r = peek();
  pos_ += r.width;
  return r;
}

bool WordProcessor::fail(std::string message, size_t offset) {
  if (!error_) error_ = core::Error{std::move(message), "", 0, static_cast<uint32_t>(offset + 1)};
  return false;
}

core::Result<ProcessedText> WordProcessor::run() {
  ProcessedText out;
  WordSplitter words;
  if (!process_until(kNoStop, false, out.value, &words)) return *error_;
  out.words = words.finish();
  return out;
}

std::vector<std::string> WordProcessor::unset() const {
  std::vector<std::string> out;
  for (const std::string& name : referenced_) {
    if (unset_.count(name) != 0) out.push_back(name);
  }
  return out;
}

bool WordProcessor::process_until(char32_t stop, bool raw_escapes, std::string& out, WordSplitter* words) {
  while (!at_eof()) {
    const Rune r = peek();
    if (stop != kNoStop && r.code == stop) {
      next();
      return true;
    }
    if (r.code == '$' || (!quotes_literal_ && (r.code == '\'' || r.code == '"'))) {
      std::string part;
      const bool ok = r.code == '$'    ? dollar(part)
                      : r.code == '\'' ? single_quote(part)
                                       : double_quote(raw_escapes, part);
      if (!ok) return false;
      out += part;
      if (words != nullptr) {
        // Only expanded values are split again; quoted text stays one piece.
        if (r.code == '$') {
          words->add_string(part);
        } else {
          words->add_raw_string(part);
        }
      }
      continue;
    }
    next();
    if (r.code != escape_) {
      if (words != nullptr) words->add_char(r.code);
      append_rune(out, r.code);
      continue;
    }
    // Pattern operands keep their escapes so the pattern compiler can see `\*` and `\}`.
    if (raw_escapes) {
      if (words != nullptr) words->add_raw_char(r.code);
      append_rune(out, r.code);
    }
    if (at_eof()) break;  // a trailing escape character is dropped
    const Rune escaped = next();
    if (words != nullptr) words->add_raw_char(escaped.code);
    append_rune(out, escaped.code);
  }
  if (stop != kNoStop) {
    std::string message = "unexpected end of statement while looking for matching ";
    append_rune(message, stop);
    return fail(std::move(message), pos_);
  }
  return true;
}

bool WordProcessor::single_quote(std::string& out) {
  const size_t begin = pos_;
  next();
  while (true) {
    const Rune r = next();
    if (r.width == 0)
      return fail("unexpected end of statement while looking for matching single-quote", begin);
    if (r.code == '\'') return true;
    append_rune(out, r.code);
  }
}

bool WordProcessor::double_quote(bool raw_escapes, std::string& out) {
  const size_t begin = pos_;
  next();
  while (true) {
    const Rune r = peek();
    if (r.width == 0)
      return fail("unexpected end of statement while looking for matching double-quote", begin);
    if (r.code == '"') {
      next();
      return true;
    }
    if (r.code == '$') {
      std::string value;
      if (!dollar(value)) return false;
      out += value;
      continue;
    }
    next();
    char32_t c = r.code;
    if (c == escape_) {
      if (raw_escapes) append_rune(out, c);
      const Rune after = peek();
      if (after.width == 0) continue;  // the unterminated quote is reported on the next turn
      // Inside double quotes the escape only works before `"`, `$` and itself; elsewhere it is literal.
      if (after.code == '"' || after.code == '$' || after.code == escape_) c = next().code;
    }
    append_rune(out, c);
  }
}

std::string WordProcessor::read_name() {
  std::string name;
  const Rune first = peek();
  if (first.width == 0) return name;
  if (is_digit(first.code)) {
    // Positional parameters: all the digits that follow, so `$12x` is "12" then "x".
    while (!at_eof() && is_digit(peek().code)) append_rune(name, next().code);
    return name;
  }
  if (is_special_parameter(first.code)) {
    append_rune(name, next().code);
    return name;
  }
  while (!at_eof()) {
    const Rune r = peek();
    if (!is_letter(r.code) && !is_digit(r.code) && r.code != '_') break;
    append_rune(name, next().code);
  }
  return name;
}

// `${+x}` and `${%x}` parse with an empty name (BuildKit looks "" up); that is no variable, so it is not
// noted.
void WordProcessor::note_name(const std::string& name) {
  if (!name.empty() && seen_.insert(name).second) referenced_.push_back(name);
}

size_t WordProcessor::reserve_reference() {
  if (lookup_ != nullptr) return 0;
  references_.emplace_back();
  return references_.size() - 1;
}

void WordProcessor::note_reference(size_t slot, std::string name, std::string op, size_t word_begin,
                                   size_t word_end, size_t begin) {
  // Only scans report references; the slot was taken at the `$` so nested ones end up after their parent.
  if (lookup_ != nullptr || name.empty()) return;
  references_[slot] =
      Reference{std::move(name), std::move(op), std::string(text_.substr(word_begin, word_end - word_begin)),
                static_cast<uint32_t>(begin), static_cast<uint32_t>(pos_)};
}

std::vector<Reference> WordProcessor::take_references() {
  // Slots of references that failed or had no name were never filled.
  std::erase_if(references_, [](const Reference& r) { return r.end == 0; });
  return std::move(references_);
}

std::optional<std::string> WordProcessor::lookup(const std::string& name, bool handles_unset) {
  if (lookup_ == nullptr) return std::nullopt;
  std::optional<std::string> value = (*lookup_)(name);
  if (!value && !handles_unset) unset_.insert(name);
  return value;
}

bool WordProcessor::dollar(std::string& out) {
  const size_t begin = pos_;
  const size_t slot = reserve_reference();
  next();
  if (peek().code != '{' || at_eof()) {
    const std::string name = read_name();
    if (name.empty()) {
      out = "$";  // `$` not followed by a name is literal: `$.`, `$ `, trailing `$`
      return true;
    }
    note_name(name);
    note_reference(slot, name, "", pos_, pos_, begin);
    out = lookup(name, false).value_or("");
    return true;
  }
  if (++depth_ > kMaxDepth) return fail("syntax error: variable references nested too deeply", begin);
  const bool ok = braced(begin, slot, out);
  --depth_;
  return ok;
}

// Reads an operand up to `stop`; running out of text is reported as the missing closer of this reference.
bool WordProcessor::operand(size_t begin, char32_t stop, bool raw_escapes, const char* missing,
                            std::string& out) {
  if (process_until(stop, raw_escapes, out, nullptr)) return true;
  if (at_eof()) {
    error_.reset();
    return fail(missing, begin);
  }
  return false;
}

bool WordProcessor::braced(size_t begin, size_t slot, std::string& out) {
  next();  // '{'
  const Rune first = peek();
  if (first.width == 0) return fail("syntax error: missing '}'", begin);
  if (first.code == '{' || first.code == '}' || first.code == ':')
    return fail("syntax error: bad substitution", begin);
  const std::string name = read_name();
  note_name(name);
  Rune modifier = next();
  if (modifier.width == 0) return fail("syntax error: missing '}'", begin);
  if (modifier.code == '}') {
    note_reference(slot, name, "", pos_ - 1, pos_ - 1, begin);
    out = lookup(name, false).value_or("");
    return true;
  }

  if (modifier.code == '/') {
    const bool replace_all = peek().code == '/' && !at_eof();
    if (replace_all) next();
    const size_t word_begin = pos_;
    std::string pattern_text;
    std::string replacement;
    if (!operand(begin, '/', true, "syntax error: missing '/' in ${}", pattern_text)) return false;
    if (!operand(begin, '}', true, "syntax error: missing '}'", replacement)) return false;
    note_reference(slot, name, replace_all ? "//" : "/", word_begin, pos_ - 1, begin);
    if (lookup_ == nullptr) return true;
    const std::string value = lookup(name, false).value_or("");
    std::string error;
    const auto pattern = compile_shell_pattern(pattern_text, true, error);
    if (!pattern) return fail("invalid pattern (" + pattern_text + ") in substitution: " + error, begin);
    if (replace_all) {
      out = replace_all_matches(*pattern, value, replacement);
    } else if (const auto m = find_match(*pattern, value, 0, false)) {
      out = value.substr(0, m->begin) + replacement + value.substr(m->end);
    } else {
      out = value;
    }
    return true;
  }

  std::string op = rune_text(modifier);
  const bool null_is_unset = modifier.code == ':';
  if (null_is_unset) {
    // Whatever follows the colon is the operator, even `}`; unsupported ones fail after the operand is read.
    modifier = next();
    op += rune_text(modifier);
  } else if (modifier.code != '+' && modifier.code != '-' && modifier.code != '?' && modifier.code != '#' &&
             modifier.code != '%') {
    return fail("unsupported modifier (" + op + ") in substitution", begin);
  }
  const bool trims = modifier.code == '#' || modifier.code == '%';
  const size_t word_begin = pos_;
  std::string word;
  if (!operand(begin, '}', trims, "syntax error: missing '}'", word)) return false;
  const bool supported =
      modifier.width != 0 && (trims || modifier.code == '+' || modifier.code == '-' || modifier.code == '?');
  if (!supported) return fail("unsupported modifier (" + op + ") in substitution", begin);

  std::string shown_op = op;
  if (trims && word_begin < text_.size() && static_cast<char32_t>(text_[word_begin]) == modifier.code) {
    shown_op += text_[word_begin];  // "##" / "%%" for the syntactic view
  }
  note_reference(slot, name, shown_op, word_begin + (shown_op.size() - op.size()), pos_ - 1, begin);
  if (lookup_ == nullptr) return true;

  const bool handles_unset = !trims;
  const std::optional<std::string> found = lookup(name, handles_unset);
  const std::string value = found.value_or("");
  const bool absent = !found || (null_is_unset && value.empty());
  switch (modifier.code) {
    case '-':
      out = absent ? word : value;
      return true;
    case '+':
      out = absent ? "" : word;
      return true;
    case '?':
      if (absent) {
        const char* fallback = !found ? "is not allowed to be unset" : "is not allowed to be empty";
        return fail(name + ": " + (word.empty() ? std::string(fallback) : word), begin);
      }
      out = value;
      return true;
    default:
      break;
  }
  // `#`/`%` take the shortest match, `##`/`%%` the longest; the doubling is read from the expanded operand.
  bool greedy = false;
  if (!word.empty() && static_cast<char32_t>(static_cast<unsigned char>(word[0])) == modifier.code) {
    greedy = true;
    word.erase(0, 1);
  }
  const bool suffix = modifier.code == '%';
  const std::string pattern_text = suffix ? reverse_shell_pattern(word) : word;
  std::string error;
  const auto pattern = compile_shell_pattern(pattern_text, greedy, error);
  // BuildKit names the pattern it compiled, so a `%` error shows it reversed.
  if (!pattern) return fail("invalid pattern (" + pattern_text + ") in substitution: " + error, begin);
  if (suffix) {
    // Shortest-rightmost is not a regexp notion, so BuildKit reverses text and pattern and trims a prefix.
    const std::string reversed = reverse_runes(value);
    const auto m = find_match(*pattern, reversed, 0, true);
    out = reverse_runes(m ? std::string_view(reversed).substr(m->end) : std::string_view(reversed));
  } else {
    const auto m = find_match(*pattern, value, 0, true);
    out = m ? value.substr(m->end) : value;
  }
  return true;
}

}  // namespace distill::syntax::variables
