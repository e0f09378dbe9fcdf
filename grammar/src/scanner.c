// External scanner for distill's Dockerfile grammar.
//
// It owns everything that depends on line structure or on the active escape character
// (backslash by default, backtick after `# escape=``): newlines, line continuations,
// comment lines, parser directives, word separators, escape sequences, `$`, `--` flag
// prefixes, heredoc markers and bodies, and the JSON (exec form) decision.
//
// The state is a fixed-size struct; serialization is bounds-checked against the buffer
// tree-sitter provides (TREE_SITTER_SERIALIZATION_BUFFER_SIZE bytes).

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum TokenType {
  EOL,
  EMPTY_LINE,
  LINE_CONTINUATION,
  COMMENT,
  DIRECTIVE_START,
  DIRECTIVE_NAME,
  DIRECTIVE_EQ,
  DIRECTIVE_VALUE,
  JSON_START,
  HEREDOC_MARKER,
  HEREDOC_LINE,
  HEREDOC_END,
  ESCAPE_SEQUENCE,
  INACTIVE_ESCAPE,
  SEP,
  PARAM_PREFIX,
  DOLLAR,
  DOLLAR_BRACE,
  DOLLAR_TEXT,
  STRING_END_MISSING,
  ERROR_SENTINEL,
};

#define MAX_HEREDOCS 8
#define MAX_DELIM 100

enum {
  FLAG_DIRECTIVES_DONE = 1,
  FLAG_CONT_COMMENT = 2,       // the next token starts a comment line inside a continuation
  FLAG_AFTER_CONT_COMMENT = 4, // a comment inside a continuation was just emitted
  FLAG_HEREDOC_ACTIVE = 8,     // heredoc bodies are being read
  FLAG_DIR_ESCAPE = 16,        // the directive being read is `escape`
};

typedef struct {
  uint8_t chomp;
  uint8_t len;
  char text[MAX_DELIM];
} Heredoc;

typedef struct {
  uint8_t escape;
  uint8_t flags;
  uint8_t heredoc_count;
  Heredoc heredocs[MAX_HEREDOCS];
} Scanner;

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }
static inline void skip(TSLexer *lexer) { lexer->advance(lexer, true); }
static inline bool at_eof(TSLexer *lexer) { return lexer->eof(lexer); }

static inline bool is_hspace(int32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xFEFF;
}

static inline bool is_alpha(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_hex(int32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline bool at_newline_or_eof(TSLexer *lexer) { return at_eof(lexer) || lexer->lookahead == '\n'; }

static inline bool has(const Scanner *s, uint8_t f) { return (s->flags & f) != 0; }
static inline void set(Scanner *s, uint8_t f, bool on) {
  if (on) s->flags |= f;
  else s->flags &= (uint8_t)~f;
}

// Appends the UTF-8 encoding of c to buf (capacity cap) at *n; returns false when it does not fit.
static bool put_utf8(char *buf, size_t cap, size_t *n, int32_t c) {
  char tmp[4];
  size_t k;
  uint32_t u = (uint32_t)c;
  if (u < 0x80) {
    tmp[0] = (char)u;
    k = 1;
  } else if (u < 0x800) {
    tmp[0] = (char)(0xC0 | (u >> 6));
    tmp[1] = (char)(0x80 | (u & 0x3F));
    k = 2;
  } else if (u < 0x10000) {
    tmp[0] = (char)(0xE0 | (u >> 12));
    tmp[1] = (char)(0x80 | ((u >> 6) & 0x3F));
    tmp[2] = (char)(0x80 | (u & 0x3F));
    k = 3;
  } else {
    tmp[0] = (char)(0xF0 | ((u >> 18) & 0x07));
    tmp[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    tmp[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    tmp[3] = (char)(0x80 | (u & 0x3F));
    k = 4;
  }
  if (*n + k > cap) return false;
  memcpy(buf + *n, tmp, k);
  *n += k;
  return true;
}

// ------------------------------------------------------------------------------------------
// lifecycle

void *tree_sitter_dockerfile_external_scanner_create(void) {
  Scanner *s = calloc(1, sizeof(Scanner));
  if (s) s->escape = '\\';
  return s;
}

void tree_sitter_dockerfile_external_scanner_destroy(void *payload) { free(payload); }

unsigned tree_sitter_dockerfile_external_scanner_serialize(void *payload, char *buffer) {
  const Scanner *s = payload;
  unsigned n = 0;
  buffer[n++] = (char)s->escape;
  buffer[n++] = (char)s->flags;
  buffer[n++] = (char)s->heredoc_count;
  for (unsigned i = 0; i < s->heredoc_count && i < MAX_HEREDOCS; i++) {
    const Heredoc *h = &s->heredocs[i];
    if (n + 2u + h->len > TREE_SITTER_SERIALIZATION_BUFFER_SIZE) {
      buffer[2] = (char)i; // keep what fits
      break;
    }
    buffer[n++] = (char)h->chomp;
    buffer[n++] = (char)h->len;
    memcpy(buffer + n, h->text, h->len);
    n += h->len;
  }
  return n;
}

void tree_sitter_dockerfile_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  Scanner *s = payload;
  memset(s, 0, sizeof(*s));
  s->escape = '\\';
  if (length < 3) return;
  uint8_t esc = (uint8_t)buffer[0];
  s->escape = (esc == '`') ? '`' : '\\';
  s->flags = (uint8_t)buffer[1];
  uint8_t count = (uint8_t)buffer[2];
  unsigned n = 3;
  for (unsigned i = 0; i < count && i < MAX_HEREDOCS; i++) {
    if (n + 2 > length) break;
    uint8_t chomp = (uint8_t)buffer[n];
    uint8_t len = (uint8_t)buffer[n + 1];
    if (len > MAX_DELIM || n + 2u + len > length) break;
    Heredoc *h = &s->heredocs[s->heredoc_count++];
    h->chomp = chomp ? 1 : 0;
    h->len = len;
    memcpy(h->text, buffer + n + 2, len);
    n += 2u + len;
  }
  if (s->heredoc_count == 0) set(s, FLAG_HEREDOC_ACTIVE, false);
}

// ------------------------------------------------------------------------------------------
// helpers

// Consumes up to (not including) the newline; the token ends after the last character that
// is not a carriage return.
static void consume_line_rest(TSLexer *lexer) {
  lexer->mark_end(lexer);
  while (!at_newline_or_eof(lexer)) {
    bool cr = lexer->lookahead == '\r';
    advance(lexer);
    if (!cr) lexer->mark_end(lexer);
  }
}

// Called just after the newline of a continued line (token end already marked there).
// Swallows the blank lines that follow, as BuildKit does, and notes whether the next line
// is a comment line (which BuildKit drops without ending the continuation).
static void finish_continuation(Scanner *s, TSLexer *lexer) {
  for (;;) {
    while (is_hspace(lexer->lookahead)) advance(lexer);
    if (!at_eof(lexer) && lexer->lookahead == '\n') {
      advance(lexer);
      lexer->mark_end(lexer);
      continue;
    }
    if (!at_eof(lexer) && lexer->lookahead == '#') set(s, FLAG_CONT_COMMENT, true);
    return;
  }
}

// ------------------------------------------------------------------------------------------
// heredocs

static bool scan_heredoc_body(Scanner *s, TSLexer *lexer) {
  Heredoc *h = &s->heredocs[0];
  bool end = false;
  if (at_eof(lexer)) {
    // unterminated heredoc: a zero-width end at end of file
    end = true;
  } else {
    char buf[MAX_DELIM + 8];
    size_t n = 0;
    bool fits = true;
    bool leading = true;
    while (!at_newline_or_eof(lexer)) {
      int32_t c = lexer->lookahead;
      if (!(leading && h->chomp && c == '\t')) {
        leading = false;
        if (fits) fits = put_utf8(buf, sizeof buf, &n, c);
      }
      advance(lexer);
    }
    while (fits && n > 0 && buf[n - 1] == '\r') n--;
    end = fits && n == h->len && memcmp(buf, h->text, n) == 0;
    if (!at_eof(lexer)) advance(lexer); // the newline
  }
  lexer->mark_end(lexer);
  if (end) {
    memmove(&s->heredocs[0], &s->heredocs[1], sizeof(Heredoc) * (size_t)(s->heredoc_count - 1));
    s->heredoc_count--;
    if (s->heredoc_count == 0) set(s, FLAG_HEREDOC_ACTIVE, false);
    lexer->result_symbol = HEREDOC_END;
  } else {
    lexer->result_symbol = HEREDOC_LINE;
  }
  return true;
}

// At `<` or a digit: [0-9]*<<-?WORD where WORD is one shell word containing no `<`.
static bool scan_heredoc_marker(Scanner *s, TSLexer *lexer) {
  while (is_digit(lexer->lookahead)) advance(lexer);
  if (lexer->lookahead != '<') return false;
  advance(lexer);
  if (lexer->lookahead != '<') return false;
  advance(lexer);
  bool chomp = false;
  if (lexer->lookahead == '-') {
    chomp = true;
    advance(lexer);
  }
  char buf[MAX_DELIM];
  size_t n = 0;
  int32_t quote = 0;
  for (;;) {
    if (at_newline_or_eof(lexer)) {
      if (quote) return false;
      break;
    }
    int32_t c = lexer->lookahead;
    if (c == '<') return false;
    if (quote) {
      if (c == quote) {
        quote = 0;
        advance(lexer);
        lexer->mark_end(lexer);
        continue;
      }
      if (c == '\\' && quote == '"') {
        advance(lexer);
        if (at_newline_or_eof(lexer)) return false;
        c = lexer->lookahead;
      }
      if (!put_utf8(buf, sizeof buf, &n, c)) return false;
      advance(lexer);
      continue;
    }
    if (is_hspace(c)) break;
    if (c == '\'' || c == '"') {
      quote = c;
      advance(lexer);
      continue;
    }
    if (c == s->escape) {
      advance(lexer);
      if (at_newline_or_eof(lexer) || is_hspace(lexer->lookahead)) break; // continuation follows
      if (c == '\\') {
        c = lexer->lookahead;
        if (c == '<') return false;
        advance(lexer);
      }
      if (!put_utf8(buf, sizeof buf, &n, c)) return false;
      lexer->mark_end(lexer);
      continue;
    }
    if (!put_utf8(buf, sizeof buf, &n, c)) return false;
    advance(lexer);
    lexer->mark_end(lexer);
  }
  if (n == 0 || n > MAX_DELIM) return false;
  if (has(s, FLAG_HEREDOC_ACTIVE)) { // stale queue from an instruction that never read its bodies
    s->heredoc_count = 0;
    set(s, FLAG_HEREDOC_ACTIVE, false);
  }
  if (s->heredoc_count >= MAX_HEREDOCS) return false;
  Heredoc *h = &s->heredocs[s->heredoc_count++];
  h->chomp = chomp;
  h->len = (uint8_t)n;
  memcpy(h->text, buf, n);
  lexer->result_symbol = HEREDOC_MARKER;
  return true;
}

// ------------------------------------------------------------------------------------------
// JSON exec form

// Skips JSON whitespace and line continuations (with the blank and comment lines BuildKit
// drops after them). Returns false on an escape character that does not continue the line.
static bool json_skip_ws(Scanner *s, TSLexer *lexer) {
  for (;;) {
    int32_t c = lexer->lookahead;
    if (at_eof(lexer)) return true;
    if (c == ' ' || c == '\t' || c == '\r') {
      advance(lexer);
      continue;
    }
    if (c == s->escape) {
      advance(lexer);
      while (lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == '\r') advance(lexer);
      if (at_eof(lexer)) return true;
      if (lexer->lookahead != '\n') return false;
      advance(lexer);
      for (;;) { // blank lines and comment lines inside the continuation
        while (is_hspace(lexer->lookahead)) advance(lexer);
        if (at_eof(lexer)) return true;
        if (lexer->lookahead == '\n') {
          advance(lexer);
          continue;
        }
        if (lexer->lookahead == '#') {
          while (!at_newline_or_eof(lexer)) advance(lexer);
          if (!at_eof(lexer)) advance(lexer);
          continue;
        }
        break;
      }
      continue;
    }
    return true;
  }
}

static bool json_string(TSLexer *lexer) {
  advance(lexer); // opening quote
  for (;;) {
    if (at_newline_or_eof(lexer)) return false;
    int32_t c = lexer->lookahead;
    if (c < 0x20) return false;
    advance(lexer);
    if (c == '"') return true;
    if (c == '\\') {
      c = lexer->lookahead;
      if (c == 'u') {
        advance(lexer);
        for (int i = 0; i < 4; i++) {
          if (!is_hex(lexer->lookahead)) return false;
          advance(lexer);
        }
      } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' ||
                 c == 't') {
        advance(lexer);
      } else {
        return false;
      }
    }
  }
}

// At `[`: is the rest of the logical line a JSON array of strings (what BuildKit's
// json.Unmarshal into []string accepts)? Linear in the length of the logical line.
static bool scan_json(Scanner *s, TSLexer *lexer) {
  advance(lexer); // [
  if (!json_skip_ws(s, lexer)) return false;
  if (lexer->lookahead == ']') {
    advance(lexer);
  } else {
    for (;;) {
      if (lexer->lookahead != '"' || at_eof(lexer)) return false;
      if (!json_string(lexer)) return false;
      if (!json_skip_ws(s, lexer)) return false;
      if (lexer->lookahead == ',') {
        advance(lexer);
        if (!json_skip_ws(s, lexer)) return false;
        continue;
      }
      if (lexer->lookahead == ']') {
        advance(lexer);
        break;
      }
      return false;
    }
  }
  if (!json_skip_ws(s, lexer)) return false;
  return at_newline_or_eof(lexer);
}

// ------------------------------------------------------------------------------------------
// parser directives

static bool is_dir_space(int32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// At `#` while directives are still possible: a directive start (`#`) or a comment line.
static bool scan_directive_or_comment(Scanner *s, TSLexer *lexer) {
  advance(lexer); // #
  lexer->mark_end(lexer);
  bool ok = false;
  bool is_escape = false;
  char name[16];
  size_t n = 0;
  while (is_dir_space(lexer->lookahead)) advance(lexer);
  if (is_alpha(lexer->lookahead)) {
    while (is_alpha(lexer->lookahead) || is_digit(lexer->lookahead)) {
      int32_t c = lexer->lookahead;
      if (n < sizeof name) name[n] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
      n++;
      advance(lexer);
    }
    while (is_dir_space(lexer->lookahead)) advance(lexer);
    if (lexer->lookahead == '=') {
      advance(lexer);
      while (is_dir_space(lexer->lookahead)) advance(lexer);
      bool known = (n == 6 && memcmp(name, "syntax", 6) == 0) || (n == 6 && memcmp(name, "escape", 6) == 0) ||
                   (n == 5 && memcmp(name, "check", 5) == 0);
      is_escape = n == 6 && memcmp(name, "escape", 6) == 0;
      if (known && !at_newline_or_eof(lexer)) ok = true;
    }
  }
  if (ok) {
    set(s, FLAG_DIR_ESCAPE, is_escape);
    lexer->result_symbol = DIRECTIVE_START;
    return true;
  }
  consume_line_rest(lexer);
  set(s, FLAG_DIRECTIVES_DONE, true);
  lexer->result_symbol = COMMENT;
  return true;
}

// ------------------------------------------------------------------------------------------
// main entry

bool tree_sitter_dockerfile_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid) {
  Scanner *s = payload;
  const bool recovery = valid[ERROR_SENTINEL];

  // 1. heredoc bodies (raw lines, nothing else applies)
  if (has(s, FLAG_HEREDOC_ACTIVE) && s->heredoc_count > 0) {
    if (!recovery && (valid[HEREDOC_LINE] || valid[HEREDOC_END])) return scan_heredoc_body(s, lexer);
    if (!recovery) {
      s->heredoc_count = 0;
      set(s, FLAG_HEREDOC_ACTIVE, false);
    }
  }

  // 2. the newline after a comment line inside a continuation continues the instruction
  if (has(s, FLAG_AFTER_CONT_COMMENT)) {
    set(s, FLAG_AFTER_CONT_COMMENT, false);
    while (is_hspace(lexer->lookahead)) skip(lexer);
    if (!at_eof(lexer) && lexer->lookahead == '\n') {
      advance(lexer);
      lexer->mark_end(lexer);
      finish_continuation(s, lexer);
      lexer->result_symbol = LINE_CONTINUATION;
      return true;
    }
  }

  // 3. a comment line inside a continuation
  if (has(s, FLAG_CONT_COMMENT)) {
    set(s, FLAG_CONT_COMMENT, false);
    while (is_hspace(lexer->lookahead)) skip(lexer);
    if (!at_eof(lexer) && lexer->lookahead == '#') {
      advance(lexer);
      consume_line_rest(lexer);
      set(s, FLAG_AFTER_CONT_COMMENT, true);
      set(s, FLAG_DIRECTIVES_DONE, true);
      lexer->result_symbol = COMMENT;
      return true;
    }
  }

  // 4. parser directive parts (right after the `#` of a directive)
  if (!recovery && (valid[DIRECTIVE_NAME] || valid[DIRECTIVE_EQ] || valid[DIRECTIVE_VALUE])) {
    while (is_dir_space(lexer->lookahead)) skip(lexer);
    if (valid[DIRECTIVE_NAME] && is_alpha(lexer->lookahead)) {
      while (is_alpha(lexer->lookahead) || is_digit(lexer->lookahead)) advance(lexer);
      lexer->mark_end(lexer);
      lexer->result_symbol = DIRECTIVE_NAME;
      return true;
    }
    if (valid[DIRECTIVE_EQ] && lexer->lookahead == '=') {
      advance(lexer);
      lexer->mark_end(lexer);
      lexer->result_symbol = DIRECTIVE_EQ;
      return true;
    }
    if (valid[DIRECTIVE_VALUE] && !at_newline_or_eof(lexer)) {
      int32_t first = lexer->lookahead;
      unsigned count = 0;
      while (!at_newline_or_eof(lexer)) {
        bool space = is_dir_space(lexer->lookahead);
        advance(lexer);
        if (!space) {
          lexer->mark_end(lexer);
          count++;
        }
      }
      if (has(s, FLAG_DIR_ESCAPE) && count == 1 && (first == '`' || first == '\\')) s->escape = (uint8_t)first;
      set(s, FLAG_DIR_ESCAPE, false);
      lexer->result_symbol = DIRECTIVE_VALUE;
      return true;
    }
    return false;
  }

  // 5. whitespace: a word separator where the grammar wants one, otherwise skipped
  if (valid[SEP] && !recovery) {
    bool any = false;
    while (is_hspace(lexer->lookahead)) {
      advance(lexer);
      any = true;
    }
    if (any && !at_newline_or_eof(lexer)) {
      lexer->mark_end(lexer);
      lexer->result_symbol = SEP;
      return true;
    }
  } else {
    while (is_hspace(lexer->lookahead)) skip(lexer);
  }

  int32_t c = lexer->lookahead;

  // 6. end of line
  if (at_newline_or_eof(lexer)) {
    if (valid[STRING_END_MISSING] && !recovery) {
      lexer->mark_end(lexer);
      lexer->result_symbol = STRING_END_MISSING;
      return true;
    }
    if (valid[EOL]) {
      if (!at_eof(lexer)) advance(lexer);
      else if (recovery) return false;
      lexer->mark_end(lexer);
      if (s->heredoc_count > 0) set(s, FLAG_HEREDOC_ACTIVE, true);
      lexer->result_symbol = EOL;
      return true;
    }
    if (valid[EMPTY_LINE] && !at_eof(lexer)) {
      advance(lexer);
      lexer->mark_end(lexer);
      set(s, FLAG_DIRECTIVES_DONE, true);
      lexer->result_symbol = EMPTY_LINE;
      return true;
    }
    return false;
  }

  // 7. comment lines (only where a line starts) and directives
  if (c == '#') {
    if (valid[DIRECTIVE_START] && !recovery && !has(s, FLAG_DIRECTIVES_DONE)) {
      return scan_directive_or_comment(s, lexer);
    }
    if (valid[EMPTY_LINE] && !recovery) {
      advance(lexer);
      consume_line_rest(lexer);
      set(s, FLAG_DIRECTIVES_DONE, true);
      lexer->result_symbol = COMMENT;
      return true;
    }
    return false;
  }

  // 8. the active escape character
  if (c == s->escape) {
    unsigned n = 0;
    while (!at_eof(lexer) && lexer->lookahead == s->escape) {
      advance(lexer);
      n++;
    }
    lexer->mark_end(lexer);
    bool odd = (n % 2) == 1;
    bool eol;
    if (at_newline_or_eof(lexer)) {
      eol = true;
    } else if (is_hspace(lexer->lookahead)) {
      advance(lexer);
      if (odd) lexer->mark_end(lexer);
      while (is_hspace(lexer->lookahead)) advance(lexer);
      eol = at_newline_or_eof(lexer);
    } else {
      eol = false;
      if (odd) {
        advance(lexer);
        lexer->mark_end(lexer);
      }
    }
    if (eol && n == 1) {
      // BuildKit: the escape char at the end of a line continues it, unless the character
      // before it is the escape char too (so `trailing\\` does not continue).
      if (!at_eof(lexer)) {
        advance(lexer);
        lexer->mark_end(lexer);
        finish_continuation(s, lexer);
      } else {
        lexer->mark_end(lexer);
      }
      lexer->result_symbol = LINE_CONTINUATION;
      return true;
    }
    if (valid[ESCAPE_SEQUENCE] && !recovery) {
      lexer->result_symbol = ESCAPE_SEQUENCE;
      return true;
    }
    return false;
  }

  if (recovery) return false;

  // 9. the other of backslash / backtick is ordinary text
  if ((c == '\\' || c == '`') && valid[INACTIVE_ESCAPE]) {
    advance(lexer);
    lexer->mark_end(lexer);
    lexer->result_symbol = INACTIVE_ESCAPE;
    return true;
  }

  // 10. exec form
  if (c == '[' && valid[JSON_START]) {
    lexer->mark_end(lexer);
    if (scan_json(s, lexer)) {
      lexer->result_symbol = JSON_START;
      return true;
    }
    return false;
  }

  // 11. flags
  if (c == '-' && valid[PARAM_PREFIX]) {
    advance(lexer);
    if (lexer->lookahead != '-') return false;
    advance(lexer);
    lexer->mark_end(lexer);
    lexer->result_symbol = PARAM_PREFIX;
    return true;
  }

  // 12. expansions
  if (c == '$' && (valid[DOLLAR] || valid[DOLLAR_BRACE] || valid[DOLLAR_TEXT])) {
    advance(lexer);
    lexer->mark_end(lexer);
    int32_t d = lexer->lookahead;
    if (d == '{' && valid[DOLLAR_BRACE]) {
      // `${` starts an expansion only when a name and a `}` follow on this line (bounded
      // lookahead); otherwise the `$` is text, as an unterminated `${` is in BuildKit's lexer.
      advance(lexer);
      lexer->mark_end(lexer);
      bool name = false;
      while (is_alpha(lexer->lookahead) || lexer->lookahead == '_' || is_digit(lexer->lookahead)) {
        advance(lexer);
        name = true;
      }
      int32_t e = lexer->lookahead;
      if (name && e == '}') {
        lexer->result_symbol = DOLLAR_BRACE;
        return true;
      }
      if (name && (e == ':' || e == '-' || e == '+' || e == '?' || e == '#' || e == '%' || e == '/')) {
        for (unsigned i = 0; i < 4096 && !at_newline_or_eof(lexer); i++) {
          if (lexer->lookahead == '}') {
            lexer->result_symbol = DOLLAR_BRACE;
            return true;
          }
          advance(lexer);
        }
      }
      if (valid[DOLLAR_TEXT]) {
        lexer->result_symbol = DOLLAR_TEXT;
        return true;
      }
      return false;
    }
    if ((is_alpha(d) || is_digit(d) || d == '_') && valid[DOLLAR]) {
      lexer->result_symbol = DOLLAR;
      return true;
    }
    if (valid[DOLLAR_TEXT]) {
      lexer->result_symbol = DOLLAR_TEXT;
      return true;
    }
    return false;
  }

  // 13. heredoc markers
  if ((c == '<' || is_digit(c)) && valid[HEREDOC_MARKER]) return scan_heredoc_marker(s, lexer);

  return false;
}
