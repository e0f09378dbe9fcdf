// External scanner for distill's Dockerfile grammar.
//
// It owns everything that depends on line structure or on the active escape character
// (backslash by default, backtick after `# escape=``): newlines, line continuations,
// comment lines, parser directives, word separators, escape sequences, `$`, `--` flag
// prefixes, heredoc markers and bodies, and the JSON (exec form) decision.
//
// It also lexes the tokens that carry most of a Dockerfile's bytes, because the runtime
// (libtree-sitter 0.20.7) makes every token and every `advance` expensive: instruction
// keywords, shell text (a whole stretch of a physical line per token), JSON exec arrays and
// heredoc bodies (one token each). Blank lines, and the newline after a comment line, are
// skipped as padding of the next token instead of being tokens. Each byte is advanced over once,
// except the indentation after a continuation (looked at for a comment line), the terminating
// line of a heredoc body, and JSON arrays (checked whole, then lexed string by string).
//
// The state is small: the escape character, a few flags, a count of extras in a row, and the
// heredoc delimiters still waiting for their bodies. Only what is in use is serialized (usually
// one byte).

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
  JSON_OPEN,
  JSON_STRING,
  JSON_CLOSE,
  HEREDOC_MARKER,
  HEREDOC_BODY,
  HEREDOC_END,
  ESCAPE_SEQUENCE,
  INACTIVE_ESCAPE,
  SEP,
  PARAM_PREFIX,
  DOLLAR,
  DOLLAR_BRACE,
  DOLLAR_TEXT,
  STRING_END_MISSING,
  KW_FROM,
  KW_RUN,
  KW_CMD,
  KW_LABEL,
  KW_MAINTAINER,
  KW_EXPOSE,
  KW_ENV,
  KW_ADD,
  KW_COPY,
  KW_ENTRYPOINT,
  KW_VOLUME,
  KW_USER,
  KW_WORKDIR,
  KW_ARG,
  KW_ONBUILD,
  KW_STOPSIGNAL,
  KW_HEALTHCHECK,
  KW_SHELL,
  UNKNOWN_KEYWORD,
  SHELL_LINE,
  SHELL_HEAD,
  SHELL_MID,
  SHELL_TAIL,
  SHELL_LINE_EOL,
  SHELL_TAIL_EOL,
  EXTRAS_BREAK,
  ERROR_SENTINEL,
};

#define MAX_HEREDOCS 8
#define MAX_DELIM 100
// Extras in a row become children of one node. Wide nodes are slow to walk (`ts_node_child` scans
// a node's children; a balanced tree of repeat nodes keeps that logarithmic) and the runtime
// corrupts a node with 65536 children or more. So every BREAK_EXTRAS extras in a row (comment
// lines, continuations, JSON strings), a zero-width EXTRAS_BREAK (valid at the top level, in shell
// commands and JSON arrays) starts a new repeat node; elsewhere, past SWALLOW_EXTRAS, a
// continuation swallows the comment lines and lone continuation lines after it (which no real
// file has).
#define BREAK_EXTRAS 8
#define SWALLOW_EXTRAS 2048

enum {
  FLAG_DIRECTIVES_DONE = 1,
  FLAG_CONT_COMMENT = 2,       // the next token starts a comment line inside a continuation
  FLAG_AFTER_CONT_COMMENT = 4, // a comment inside a continuation was just emitted
  FLAG_HEREDOC_ACTIVE = 8,     // heredoc bodies are being read
  FLAG_DIR_ESCAPE = 16,        // the directive being read is `escape`
  FLAG_BACKTICK = 32,          // serialized form only: the escape character is a backtick
  FLAG_MID = 64,               // the shell command being read has pieces that are extras
};

typedef struct {
  uint8_t chomp;
  uint8_t len;
  char text[MAX_DELIM];
} Heredoc;

typedef struct {
  uint8_t escape;
  uint8_t flags;
  uint16_t extras; // extras produced in a row since the scanner's last other token
  uint8_t heredoc_count;
  Heredoc heredocs[MAX_HEREDOCS];
} Scanner;

static inline void advance(TSLexer *lexer) { lexer->advance(lexer, false); }
static inline void skip(TSLexer *lexer) { lexer->advance(lexer, true); }
// The runtime reports lookahead 0 at the end of the input; a NUL byte in the file is not the end.
static inline bool at_eof(TSLexer *lexer) { return lexer->lookahead == 0 && lexer->eof(lexer); }

static inline bool is_hspace(int32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xFEFF;
}

// Characters that continue shell text without needing a look: all but whitespace, newline, NUL
// and the two escape characters.
static const bool PLAIN[128] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static inline bool is_alpha(int32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_hex(int32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline bool at_newline_or_eof(TSLexer *lexer) { return lexer->lookahead == '\n' || at_eof(lexer); }

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

// Layout: flags (with FLAG_BACKTICK); then, only when there are extras in a row or queued
// heredocs: the extras count (2 bytes), the heredoc count and, per heredoc, chomp, length,
// delimiter bytes. The runtime stores states of up to 24 bytes inline.
unsigned tree_sitter_dockerfile_external_scanner_serialize(void *payload, char *buffer) {
  const Scanner *s = payload;
  unsigned n = 0;
  buffer[n++] = (char)(s->flags | (s->escape == '`' ? FLAG_BACKTICK : 0));
  if (s->heredoc_count == 0 && s->extras == 0) return n;
  buffer[n++] = (char)(s->extras & 0xFF);
  buffer[n++] = (char)(s->extras >> 8);
  buffer[n++] = (char)s->heredoc_count;
  for (unsigned i = 0; i < s->heredoc_count && i < MAX_HEREDOCS; i++) {
    const Heredoc *h = &s->heredocs[i];
    if (n + 2u + h->len > TREE_SITTER_SERIALIZATION_BUFFER_SIZE) {
      buffer[3] = (char)i; // keep what fits
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
  s->escape = '\\';
  s->flags = 0;
  s->extras = 0;
  s->heredoc_count = 0;
  if (length == 0) return;
  uint8_t flags = (uint8_t)buffer[0];
  if (flags & FLAG_BACKTICK) s->escape = '`';
  s->flags = flags & (uint8_t)~FLAG_BACKTICK;
  if (length >= 4) {
    s->extras = (uint16_t)((uint8_t)buffer[1] | ((unsigned)(uint8_t)buffer[2] << 8));
    uint8_t count = (uint8_t)buffer[3];
    unsigned n = 4;
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
  }
  if (s->heredoc_count == 0) set(s, FLAG_HEREDOC_ACTIVE, false);
}

// ------------------------------------------------------------------------------------------
// helpers

// Consumes up to (not including) the newline; the token ends after the last character that
// is not a carriage return.
static void consume_line_rest(TSLexer *lexer) {
  bool marked = true;
  lexer->mark_end(lexer);
  for (;;) {
    int32_t c = lexer->lookahead;
    if (c == '\n' || (c == 0 && lexer->eof(lexer))) break;
    if (c == '\r') {
      if (!marked) lexer->mark_end(lexer);
      marked = true;
    } else {
      marked = false;
    }
    advance(lexer);
  }
  if (!marked) lexer->mark_end(lexer);
}

// Called just after the newline of a continued line (token end already marked there).
// Swallows the blank lines that follow, as BuildKit does, and notes whether the next line
// is a comment line (which BuildKit drops without ending the continuation).
static void finish_continuation(Scanner *s, TSLexer *lexer) {
  for (;;) {
    while (is_hspace(lexer->lookahead)) advance(lexer);
    if (lexer->lookahead == '\n') {
      advance(lexer);
      lexer->mark_end(lexer);
      continue;
    }
    if (s->extras >= SWALLOW_EXTRAS) {
      // Too many extras in a row: comment lines and lone continuation lines join this token.
      if (lexer->lookahead == '#') {
        while (!at_newline_or_eof(lexer)) advance(lexer);
        if (at_eof(lexer)) return;
        advance(lexer);
        lexer->mark_end(lexer);
        continue;
      }
      if (lexer->lookahead == (int32_t)s->escape) {
        advance(lexer);
        while (is_hspace(lexer->lookahead)) advance(lexer);
        if (lexer->lookahead != '\n') return;
        advance(lexer);
        lexer->mark_end(lexer);
        continue;
      }
    }
    if (lexer->lookahead == '#') set(s, FLAG_CONT_COMMENT, true);
    return;
  }
}

// At the escape character: returns true (a LINE_CONTINUATION token) when it continues the line.
// Otherwise the run of escape characters (and what it escapes) has been consumed and the token
// end is marked after what an ESCAPE_SEQUENCE covers.
static bool scan_escape(Scanner *s, TSLexer *lexer) {
  unsigned n = 0;
  while (lexer->lookahead == (int32_t)s->escape) {
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
  return false;
}

// ------------------------------------------------------------------------------------------
// heredocs

// At the start of a body line: all lines before the terminating one as one HEREDOC_BODY token,
// or the terminating line itself (HEREDOC_END, with its newline; zero width at end of file).
static bool scan_heredoc_body(Scanner *s, TSLexer *lexer) {
  const Heredoc *h = &s->heredocs[0];
  bool body = false;
  for (;;) {
    if (at_eof(lexer)) {
      if (body) {
        lexer->result_symbol = HEREDOC_BODY;
        return true;
      }
      break; // unterminated heredoc: a zero-width end at end of file
    }
    // Compare this line with the delimiter while consuming it.
    char enc[4];
    size_t k = 0;
    unsigned at = 0;
    unsigned crs = 0; // carriage returns not compared yet (trailing ones do not count)
    bool match = true;
    bool leading = true;
    for (;;) {
      int32_t c = lexer->lookahead;
      if (c == '\n' || (c == 0 && lexer->eof(lexer))) break;
      advance(lexer);
      if (!match) continue;
      if (leading && h->chomp && c == '\t') continue;
      leading = false;
      if (c == '\r') {
        crs++;
        continue;
      }
      for (; crs > 0 && match; crs--) {
        if (at < h->len && h->text[at] == '\r') at++;
        else match = false;
      }
      k = 0;
      put_utf8(enc, sizeof enc, &k, c);
      if (at + k > h->len || memcmp(h->text + at, enc, k) != 0) {
        match = false;
      } else {
        at += (unsigned)k;
      }
    }
    if (match && at == h->len) {
      if (body) {
        lexer->result_symbol = HEREDOC_BODY; // ends where this line starts (marked before)
        return true;
      }
      if (!at_eof(lexer)) advance(lexer); // the newline
      break;
    }
    if (!at_eof(lexer)) advance(lexer); // the newline
    lexer->mark_end(lexer);
    body = true;
  }
  lexer->mark_end(lexer);
  memmove(&s->heredocs[0], &s->heredocs[1], sizeof(Heredoc) * (size_t)(s->heredoc_count - 1));
  s->heredoc_count--;
  if (s->heredoc_count == 0) set(s, FLAG_HEREDOC_ACTIVE, false);
  lexer->result_symbol = HEREDOC_END;
  return true;
}

// After `[0-9]*<<` (already consumed): -?WORD where WORD is one shell word containing no `<`.
static bool scan_heredoc_marker_rest(Scanner *s, TSLexer *lexer) {
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

// At `<` or a digit (COPY/ADD): [0-9]*<<-?WORD.
static bool scan_heredoc_marker(Scanner *s, TSLexer *lexer) {
  while (is_digit(lexer->lookahead)) advance(lexer);
  if (lexer->lookahead != '<') return false;
  advance(lexer);
  if (lexer->lookahead != '<') return false;
  advance(lexer);
  return scan_heredoc_marker_rest(s, lexer);
}

// ------------------------------------------------------------------------------------------
// shell text

// A piece of shell text that ends the command's last line, at the newline (or end of file), its
// end marked after the text: where the grammar wants it (RUN, CMD, ENTRYPOINT, SHELL), the token
// takes the trailing whitespace and the newline too, and ends the instruction.
static bool shell_last(Scanner *s, TSLexer *lexer, const bool *valid, int plain, int with_eol) {
  set(s, FLAG_MID, false);
  if (!valid[with_eol]) {
    lexer->result_symbol = (TSSymbol)plain;
    return true;
  }
  if (!at_eof(lexer)) advance(lexer);
  lexer->mark_end(lexer);
  if (s->heredoc_count > 0) set(s, FLAG_HEREDOC_ACTIVE, true);
  lexer->result_symbol = (TSSymbol)with_eol;
  return true;
}

// The kind of a piece of shell text: whether it starts the command, whether it ends its last line.
static bool shell_piece(Scanner *s, TSLexer *lexer, const bool *valid, bool ends_line) {
  if (valid[SHELL_HEAD] || valid[SHELL_LINE] || valid[SHELL_LINE_EOL]) {
    if (ends_line) return shell_last(s, lexer, valid, SHELL_LINE, SHELL_LINE_EOL);
    set(s, FLAG_MID, false);
    lexer->result_symbol = SHELL_HEAD;
  } else if (ends_line) {
    return shell_last(s, lexer, valid, SHELL_TAIL, SHELL_TAIL_EOL);
  } else {
    set(s, FLAG_MID, true);
    lexer->result_symbol = SHELL_MID;
  }
  return true;
}

// At a character that is not whitespace, in a shell command (RUN/CMD/ENTRYPOINT/SHELL/
// HEALTHCHECK CMD). One token: the text up to a line continuation, the end of the line, or
// (RUN) a heredoc marker at the start of a word. Escape sequences are part of the text (the
// shell interprets them); the token never ends in whitespace. A line continuation or a heredoc
// marker at the start is returned as that token instead. `pending`: the first character (a `-`)
// has been consumed already.
static bool scan_shell(Scanner *s, TSLexer *lexer, const bool *valid, bool pending) {
  const bool heredocs = valid[HEREDOC_MARKER];
  const int32_t esc = (int32_t)s->escape;
  bool has_text = false; // the token holds text up to the last mark
  bool word_start = !pending;
  for (;;) {
    int32_t c = lexer->lookahead;
    if (c == '\n' || (c == 0 && lexer->eof(lexer))) {
      if (pending) lexer->mark_end(lexer);
      return shell_piece(s, lexer, valid, true);
    }
    if (is_hspace(c)) {
      if (pending) {
        lexer->mark_end(lexer);
        pending = false;
        has_text = true;
      }
      advance(lexer);
      word_start = true;
      continue;
    }
    if (c == esc) {
      if (pending) {
        lexer->mark_end(lexer);
        pending = false;
        has_text = true;
      }
      unsigned n = 0;
      while (lexer->lookahead == esc) {
        advance(lexer);
        n++;
      }
      word_start = false;
      c = lexer->lookahead;
      if (c == '\n' || (c == 0 && lexer->eof(lexer))) {
        if (n == 1) goto continuation;
        pending = true; // a run of escape characters before the end of the line is text
        continue;
      }
      if (is_hspace(c)) {
        if (n == 1) {
          // `\` + spaces + end of line continues the line; otherwise `\ ` is text.
          advance(lexer);
          while (is_hspace(lexer->lookahead)) advance(lexer);
          if (at_newline_or_eof(lexer)) goto continuation;
          pending = true;
          continue;
        }
        if (n % 2 == 1) advance(lexer); // the escaped space
        pending = true;
        continue;
      }
      if (n % 2 == 1) advance(lexer); // the escaped character
      pending = true;
      continue;
    }
    if (!word_start || !heredocs || !(c == '<' || is_digit(c))) {
      // plain text up to the next character that needs a look
      do {
        advance(lexer);
        c = lexer->lookahead;
      } while (c < 128 ? (c >= 0 && PLAIN[c]) : c != 0xFEFF);
      pending = true;
      word_start = false;
      continue;
    }
    {
      // [0-9]*<<WORD at the start of a word is a heredoc marker
      word_start = false;
      if (is_digit(c)) {
        while (is_digit(lexer->lookahead)) advance(lexer);
        pending = true;
        if (lexer->lookahead != '<') continue;
      }
      advance(lexer);
      pending = true;
      if (lexer->lookahead != '<') continue;
      advance(lexer);
      c = lexer->lookahead;
      if (is_hspace(c) || c == '<' || c == '\n' || (c == 0 && lexer->eof(lexer))) continue; // `<< x`
      if (has_text) return shell_piece(s, lexer, valid, false); // the marker is the next token
      // At the start of the token. Should the rest not make a marker, the token is the text
      // read up to the last mark (at least the `<<`); the next token reads on from there.
      lexer->mark_end(lexer);
      if (scan_heredoc_marker_rest(s, lexer)) return true;
      return shell_piece(s, lexer, valid, false);
    }
  }

continuation:
  if (has_text) return shell_piece(s, lexer, valid, false); // ends before the escape character
  // at the start of the token: the continuation itself
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

// At `"`: consumes one JSON string; false when it is not valid JSON (or crosses a line end).
static bool json_string(TSLexer *lexer) {
  advance(lexer); // opening quote
  for (;;) {
    int32_t c = lexer->lookahead;
    if (c == '\n' || (c == 0 && lexer->eof(lexer))) return false;
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

// After `[`: is the rest of the logical line a JSON array of strings (what BuildKit's
// json.Unmarshal into []string accepts)? Linear in the length of the logical line.
static bool scan_json(Scanner *s, TSLexer *lexer) {
  if (!json_skip_ws(s, lexer)) return false;
  if (lexer->lookahead == ']') {
    advance(lexer);
  } else {
    for (;;) {
      if (lexer->lookahead != '"') return false;
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
// instruction keywords

typedef struct {
  const char *word;
  uint8_t len;
  uint8_t symbol;
} Keyword;

static const Keyword KEYWORDS[] = {
    {"from", 4, KW_FROM},
    {"run", 3, KW_RUN},
    {"cmd", 3, KW_CMD},
    {"label", 5, KW_LABEL},
    {"maintainer", 10, KW_MAINTAINER},
    {"expose", 6, KW_EXPOSE},
    {"env", 3, KW_ENV},
    {"add", 3, KW_ADD},
    {"copy", 4, KW_COPY},
    {"entrypoint", 10, KW_ENTRYPOINT},
    {"volume", 6, KW_VOLUME},
    {"user", 4, KW_USER},
    {"workdir", 7, KW_WORKDIR},
    {"arg", 3, KW_ARG},
    {"onbuild", 7, KW_ONBUILD},
    {"stopsignal", 10, KW_STOPSIGNAL},
    {"healthcheck", 11, KW_HEALTHCHECK},
    {"shell", 5, KW_SHELL},
};

// Ends an unknown keyword (`[^\s\\`]+`): whitespace, end of line, either escape character.
static inline bool ends_word(TSLexer *lexer) {
  int32_t c = lexer->lookahead;
  return is_hspace(c) || c == '\n' || c == '\\' || c == '`' || (c == 0 && lexer->eof(lexer));
}

// Where an instruction starts: a keyword (any case), or any other word (UNKNOWN_KEYWORD).
// With only some keywords valid (HEALTHCHECK's CMD), false for other words.
static bool scan_keyword(TSLexer *lexer, const bool *valid) {
  char word[12];
  unsigned n = 0;
  while (is_alpha(lexer->lookahead)) {
    if (n < sizeof word) word[n] = (char)(lexer->lookahead | 0x20);
    n++;
    advance(lexer);
  }
  if (n > 0 && n <= sizeof word && ends_word(lexer)) {
    for (size_t i = 0; i < sizeof KEYWORDS / sizeof KEYWORDS[0]; i++) {
      const Keyword *k = &KEYWORDS[i];
      if (k->len == n && memcmp(k->word, word, n) == 0) {
        if (!valid[k->symbol]) break;
        lexer->mark_end(lexer);
        lexer->result_symbol = k->symbol;
        return true;
      }
    }
  }
  if (!valid[UNKNOWN_KEYWORD]) return false;
  while (!ends_word(lexer)) advance(lexer);
  lexer->mark_end(lexer);
  lexer->result_symbol = UNKNOWN_KEYWORD;
  return true;
}

// ------------------------------------------------------------------------------------------
// main entry

static bool scan(Scanner *s, TSLexer *lexer, const bool *valid) {
  const bool recovery = valid[ERROR_SENTINEL];

  // 1. heredoc bodies (raw lines, nothing else applies)
  if (has(s, FLAG_HEREDOC_ACTIVE) && s->heredoc_count > 0) {
    if (!recovery && (valid[HEREDOC_BODY] || valid[HEREDOC_END])) return scan_heredoc_body(s, lexer);
    if (!recovery) {
      s->heredoc_count = 0;
      set(s, FLAG_HEREDOC_ACTIVE, false);
    }
  }

  // 2. the newline after a comment line inside a continuation continues the instruction
  if (has(s, FLAG_AFTER_CONT_COMMENT)) {
    set(s, FLAG_AFTER_CONT_COMMENT, false);
    while (is_hspace(lexer->lookahead)) skip(lexer);
    if (lexer->lookahead == '\n') {
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
    if (lexer->lookahead == '#') {
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

  // 6. end of line
  bool line_start;
  if (at_newline_or_eof(lexer)) {
    if (valid[STRING_END_MISSING] && !recovery) {
      lexer->mark_end(lexer);
      lexer->result_symbol = STRING_END_MISSING;
      return true;
    }
    if ((valid[SHELL_TAIL] || valid[SHELL_TAIL_EOL]) && has(s, FLAG_MID) && at_eof(lexer) && !recovery) {
      // A command whose last line was continued into the end of the file: a zero-width last
      // piece keeps the pieces before it inside the shell_command.
      lexer->mark_end(lexer);
      return shell_last(s, lexer, valid, SHELL_TAIL, SHELL_TAIL_EOL);
    }
    if (valid[EOL]) {
      set(s, FLAG_MID, false);
      if (!at_eof(lexer)) advance(lexer);
      else if (recovery) return false;
      lexer->mark_end(lexer);
      if (s->heredoc_count > 0) set(s, FLAG_HEREDOC_ACTIVE, true);
      lexer->result_symbol = EOL;
      return true;
    }
    if (!valid[EMPTY_LINE] || recovery || at_eof(lexer)) return false;
    if (!has(s, FLAG_DIRECTIVES_DONE)) {
      // Blank lines before any instruction or comment (they end the parser directives): a token,
      // so that the tree starts at the start of the file.
      while (lexer->lookahead == '\n' || is_hspace(lexer->lookahead)) advance(lexer);
      lexer->mark_end(lexer);
      set(s, FLAG_DIRECTIVES_DONE, true);
      lexer->result_symbol = EMPTY_LINE;
      return true;
    }
    // Between instructions: blank lines (and the newline that ends a comment line) are padding
    // of the next token.
    while (lexer->lookahead == '\n' || is_hspace(lexer->lookahead)) skip(lexer);
    if (at_eof(lexer)) {
      lexer->mark_end(lexer);
      lexer->result_symbol = EMPTY_LINE; // zero width, so that the skipped lines have an owner
      return true;
    }
    line_start = true;
  } else {
    line_start = valid[EMPTY_LINE] && !recovery;
  }

  int32_t c = lexer->lookahead;

  // 7. comment lines (only where a line starts) and directives
  if (c == '#' && line_start) {
    if (valid[DIRECTIVE_START] && !has(s, FLAG_DIRECTIVES_DONE)) return scan_directive_or_comment(s, lexer);
    advance(lexer);
    consume_line_rest(lexer);
    set(s, FLAG_DIRECTIVES_DONE, true);
    lexer->result_symbol = COMMENT;
    return true;
  }

  // 8. shell text (which handles continuations, escapes and heredoc markers itself)
  if (!recovery && (valid[SHELL_HEAD] || valid[SHELL_TAIL] || valid[SHELL_TAIL_EOL])) {
    if (c == '[' && valid[JSON_OPEN]) {
      advance(lexer);
      lexer->mark_end(lexer);
      bool alone = at_newline_or_eof(lexer);
      if (!alone && scan_json(s, lexer)) {
        lexer->result_symbol = JSON_OPEN;
        return true;
      }
      // not JSON: the `[` alone is the first piece of shell text
      return shell_piece(s, lexer, valid, alone);
    }
    bool pending = false;
    if (c == '-' && valid[PARAM_PREFIX]) {
      advance(lexer);
      if (lexer->lookahead == '-') {
        advance(lexer);
        lexer->mark_end(lexer);
        lexer->result_symbol = PARAM_PREFIX;
        return true;
      }
      pending = true;
    }
    return scan_shell(s, lexer, valid, pending);
  }

  // 9. the active escape character
  if (c == (int32_t)s->escape) {
    if (scan_escape(s, lexer)) return true;
    if (valid[ESCAPE_SEQUENCE] && !recovery) {
      lexer->result_symbol = ESCAPE_SEQUENCE;
      return true;
    }
    return false;
  }

  if (recovery) return false;

  // 10. the other of backslash / backtick is ordinary text
  if ((c == '\\' || c == '`') && valid[INACTIVE_ESCAPE]) {
    advance(lexer);
    lexer->mark_end(lexer);
    lexer->result_symbol = INACTIVE_ESCAPE;
    return true;
  }

  // 11. JSON exec form: inside an array the scanner has checked, strings (extras) and `]`;
  // a `,` is padding
  if (valid[JSON_CLOSE]) {
    if (c == ',') {
      skip(lexer);
      while (is_hspace(lexer->lookahead)) skip(lexer);
      c = lexer->lookahead;
    }
    if (c == '"') {
      json_string(lexer);
      lexer->mark_end(lexer);
      lexer->result_symbol = JSON_STRING;
      return true;
    }
    if (c == ']') {
      advance(lexer);
      lexer->mark_end(lexer);
      lexer->result_symbol = JSON_CLOSE;
      return true;
    }
    if (c == (int32_t)s->escape && scan_escape(s, lexer)) return true;
    return false;
  }
  if (c == '[' && valid[JSON_OPEN]) {
    advance(lexer);
    lexer->mark_end(lexer);
    if (scan_json(s, lexer)) {
      lexer->result_symbol = JSON_OPEN;
      return true;
    }
    return false; // the internal lexer reads it as a path
  }

  // 12. flags
  if (c == '-' && valid[PARAM_PREFIX]) {
    advance(lexer);
    if (lexer->lookahead == '-') {
      advance(lexer);
      lexer->mark_end(lexer);
      lexer->result_symbol = PARAM_PREFIX;
      return true;
    }
    if (!valid[UNKNOWN_KEYWORD]) return false;
    // ONBUILD -x: an unknown instruction
    while (!ends_word(lexer)) advance(lexer);
    lexer->mark_end(lexer);
    lexer->result_symbol = UNKNOWN_KEYWORD;
    return true;
  }

  // 13. where an instruction starts
  if (valid[UNKNOWN_KEYWORD] || (valid[KW_CMD] && is_alpha(c))) return scan_keyword(lexer, valid);

  // 14. expansions
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

  // 15. heredoc markers (COPY/ADD)
  if ((c == '<' || is_digit(c)) && valid[HEREDOC_MARKER]) return scan_heredoc_marker(s, lexer);

  return false;
}

bool tree_sitter_dockerfile_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid) {
  Scanner *s = payload;
  if (s->extras >= BREAK_EXTRAS && valid[EXTRAS_BREAK] && !valid[ERROR_SENTINEL]) {
    s->extras = 0;
    lexer->mark_end(lexer);
    lexer->result_symbol = EXTRAS_BREAK;
    return true;
  }
  if (!scan(s, lexer, valid)) return false;
  switch (lexer->result_symbol) {
    case LINE_CONTINUATION:
    case COMMENT:
    case JSON_STRING:
      if (s->extras < UINT16_MAX) s->extras++;
      break;
    default:
      s->extras = 0;
  }
  return true;
}
