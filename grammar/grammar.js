/**
 * distill's tree-sitter grammar for Dockerfiles (the language as BuildKit accepts it).
 *
 * Division of labour:
 *  - src/scanner.c owns everything that depends on line structure or on the active escape
 *    character: newlines, line continuations, comments, parser directives, the separator
 *    between words, escape sequences, `$`, `--` flag prefixes, heredoc markers and bodies,
 *    and the decision "is the rest of this logical line a JSON string array?".
 *  - The regular expressions below never contain the two possible escape characters
 *    (backslash and backtick) nor newlines, so they mean the same thing in both escape modes.
 *
 * Speed. The runtime we ship against (Debian bookworm's libtree-sitter 0.20.7) charges about
 * 90 instructions per `advance` and one to three thousand per token or node (a reduction, and the
 * rebalancing of repeats). So:
 *  - The scanner also lexes instruction keywords, shell text (a whole stretch of a physical line
 *    per token; a one-line command is a single `shell_command` token), JSON exec arrays and
 *    heredoc bodies (one token per body). Blank lines, and the newline after a comment line, are
 *    skipped as padding of the next token instead of being tokens.
 *  - A word that is one plain-text token (almost every path, name, value, image part) is that
 *    token aliased to the word's node name: no reduction. Several pieces make the named rule.
 *  - The pieces of a long shell command between its first and last come in hidden chunks of
 *    eight (one reduction per eight pieces, and a balanced tree that `ts_node_child` walks in
 *    logarithmic time); the strings of a JSON array are extras like continuations and comments.
 *    Long runs of extras are cut every eight by a zero-width `_extras_break`.
 *  - The instruction's newline is part of the last token of a RUN/CMD/ENTRYPOINT/SHELL command
 *    that ends with text.
 *  - No hidden rule wraps a choice in the hot paths (each would cost a reduction); helpers
 *    (`word`, `value`, `pathList`, `args`) inline their alternatives instead.
 *
 * Whitespace is an extra, but wherever whitespace separates words (paths, key=value pairs,
 * flags) the grammar asks for the hidden `_sep` token, which the scanner produces instead of
 * skipping the whitespace. A word therefore continues across a line continuation exactly when
 * BuildKit would join the two halves into one word.
 */

// Keywords: FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD
// STOPSIGNAL HEALTHCHECK SHELL (lexed by the scanner, any case) plus AS, NONE (regular expressions).
// Anything else at the start of a line is an unknown_instruction. Aliased to the upper-case spelling.
function ikw($, word) {
  return alias($['_kw_' + word.toLowerCase()], word);
}
function kw(word) {
  const pattern = word.split('').map((c) => {
    const l = c.toLowerCase();
    const u = c.toUpperCase();
    return l === u ? c : `[${l}${u}]`;
  }).join('');
  return token(new RegExp(pattern));
}

// Plain text of the words of each kind (identical patterns are one token).
const T_PATH = /[^\s\\`$]+/;     // path, expose_port, image_alias, image_digest, rest-of-line values
const T_NAME = /[^\s\\`$="']+/;  // ENV/ARG names, LABEL keys
const T_VALUE = /[^\s\\`$"']+/;  // values, flag values
const T_PARAM = /[^\s=\\`]+/;    // flag names
const T_WORD = /[^\s\\`]+/;      // unknown arguments
const T_IMAGE = /[^\s\\`$:@]+/;  // image name
const T_TAG = /[^\s\\`$@]+/;     // image tag
const T_USER = /[^\s\\`$:]+/;    // USER user / group
const T_MKEY = /[^\s=,\\`]+/;    // --mount key
const T_MVAL = /[^\s,\\`]+/;     // --mount value
const CHUNK = 8;                 // shell pieces per hidden chunk node (see shell_command)

// Pieces of a word other than plain text: escapes and (optionally) expansions.
function others($, withExpansion = true, more = []) {
  const list = [$.escape_sequence, $._inactive_escape];
  if (withExpansion) list.push($.expansion, $._dollar_text);
  return list.concat(more);
}

// The rule of a word of several pieces, or of one piece that is not plain text. (A word that is
// one plain-text token is that token; see `word`.)
function multi(text, other) {
  const any = choice(text, ...other);
  return choice(seq(any, repeat1(any)), ...other);
}

// Where a word goes: the plain-text token as a leaf node, or the rule of several pieces.
function word(text, rule, name) {
  return choice(alias(text, name), name === rule ? rule : alias(rule, name));
}

module.exports = grammar({
  name: 'dockerfile',

  // `json_string` is an extra so that an array needs no repeat node per string: the scanner
  // produces it only inside a JSON array it has checked.
  extras: ($) => [/[ \t\r\f\v\uFEFF]/, $.line_continuation, $.comment, $.json_string],

  externals: ($) => [
    $._eol,               // newline (or end of file) that ends an instruction or directive
    $._empty_line,        // blank lines at the top of the file; zero width at its end after skipped blank lines
    $.line_continuation,  // escape char, spaces, newline, following blank lines
    $.comment,            // a whole `#` line
    $._directive_start,   // `#` of a parser directive (only at the top of the file)
    $.directive_name,
    $._directive_eq,
    $.directive_value,
    $._json_open,         // `[` when the rest of the logical line is a JSON string array
    $.json_string,        // extra: a JSON string inside such an array (a `,` before it is padding)
    $._json_close,        // `]`
    $.heredoc_marker,     // <<EOF, <<-EOF, <<"EOF", <<'EOF'
    $.heredoc_body,       // all lines of a heredoc body before its terminating line (with newlines)
    $.heredoc_end,        // the terminating line (with its newline); zero width at end of file
    $.escape_sequence,    // active escape char + next char (or a run of escape chars)
    $._inactive_escape,   // the other of backslash / backtick: ordinary text
    $._sep,               // whitespace that separates words
    $._param_prefix,      // `--` starting a flag
    $._dollar,            // `$` starting $name
    $._dollar_brace,      // `${`
    $._dollar_text,       // a `$` that starts no expansion
    $._string_end_missing, // zero width at the end of a line inside an unterminated quoted string
    $._kw_from, $._kw_run, $._kw_cmd, $._kw_label, $._kw_maintainer, $._kw_expose, $._kw_env,
    $._kw_add, $._kw_copy, $._kw_entrypoint, $._kw_volume, $._kw_user, $._kw_workdir, $._kw_arg,
    $._kw_onbuild, $._kw_stopsignal, $._kw_healthcheck, $._kw_shell,
    $._unknown_keyword,   // any other word where an instruction starts
    $._shell_line,        // a whole one-line shell command
    $._shell_head,        // the first piece of shell text, up to a continuation or a heredoc marker
    $.shell_fragment,     // a later piece that does not end the command's last line
    $._shell_tail,        // the piece that ends the command's last line
    $._shell_line_eol,    // a whole one-line command through its newline (ends RUN, CMD, ENTRYPOINT, SHELL)
    $._shell_tail_eol,    // the last piece through the command's newline (likewise)
    $._extras_break,      // zero width, every 8 extras in a row (keeps nodes narrow; see scanner.c)
    $._error_sentinel,    // never produced; valid only during error recovery
  ],

  conflicts: ($) => [],

  rules: {
    source_file: ($) => seq(
      repeat($.parser_directive),
      repeat(choice($._instruction, $._empty_line, $._extras_break)),
    ),

    // Mid-line keywords. Defined before every rule that uses T_WORD: of two tokens that match the
    // same text, tree-sitter takes the one defined first.
    _as: (_) => kw('AS'),
    _none: (_) => kw('NONE'),

    parser_directive: ($) => seq(
      alias($._directive_start, '#'),
      field('name', $.directive_name),
      alias($._directive_eq, '='),
      field('value', $.directive_value),
      $._eol,
    ),

    _instruction: ($) => choice(
      $.from_instruction,
      $.run_instruction,
      $.cmd_instruction,
      $.label_instruction,
      $.maintainer_instruction,
      $.expose_instruction,
      $.env_instruction,
      $.add_instruction,
      $.copy_instruction,
      $.entrypoint_instruction,
      $.volume_instruction,
      $.user_instruction,
      $.workdir_instruction,
      $.arg_instruction,
      $.onbuild_instruction,
      $.stopsignal_instruction,
      $.healthcheck_instruction,
      $.shell_instruction,
      $.unknown_instruction,
    ),

    // ---------------------------------------------------------------- flags

    param: ($) => seq(
      alias($._param_prefix, '--'),
      optional(field('name', word(T_PARAM, $.param_name, $.param_name))),
      optional(seq('=', optional(field('value', word(T_VALUE, $.param_value, $.param_value))))),
    ),
    param_name: ($) => multi(T_PARAM, others($, false)),
    param_value: ($) => multi(T_VALUE, others($, true, [$.double_quoted_string, $.single_quoted_string])),

    mount_param: ($) => seq(
      alias($._param_prefix, '--'),
      field('name', alias('mount', $.param_name)),
      '=',
      optional(seq(
        $.mount_param_param,
        repeat(seq(',', optional($.mount_param_param))),
      )),
    ),
    mount_param_param: ($) => seq(
      field('key', word(T_MKEY, $.mount_param_key, $.mount_param_key)),
      optional(seq('=', optional(field('value', word(T_MVAL, $.mount_param_value, $.mount_param_value))))),
    ),
    mount_param_key: ($) => multi(T_MKEY, others($, false)),
    mount_param_value: ($) => multi(T_MVAL, others($, false)),

    // ---------------------------------------------------------------- instructions

    from_instruction: ($) => seq(
      ikw($, 'FROM'),
      args($, $.param, seq(
        field('image', $.image_spec),
        choice(
          seq(
            $._sep,
            field('as', alias($._as, 'AS')),
            optional(seq(
              $._sep,
              field('alias', word(T_PATH, $.image_alias, $.image_alias)),
              repeat(seq($._sep, word(T_WORD, $._word, $.unknown_argument))),
            )),
          ),
          repeat(seq($._sep, word(T_WORD, $._word, $.unknown_argument))),
        ),
        optional($._sep),
      )),
      $._eol,
    ),

    image_spec: ($) => seq(
      field('name', word(T_IMAGE, $.image_name, $.image_name)),
      optional(seq(':', optional(field('tag', word(T_TAG, $.image_tag, $.image_tag))))),
      optional(seq('@', optional(field('digest', word(T_PATH, $.image_digest, $.image_digest))))),
    ),
    image_name: ($) => multi(T_IMAGE, others($, true, [/:[0-9]+\//])),
    image_tag: ($) => multi(T_TAG, others($, true, [':'])),
    image_digest: ($) => multi(T_PATH, others($, true, ['@', ':'])),
    image_alias: ($) => multi(T_PATH, others($)),

    // A shell command whose last piece is text ends with a token that includes the instruction's
    // newline (`_shell_line_eol`, `_shell_tail_eol`): one token less per instruction.
    run_instruction: ($) => seq(
      ikw($, 'RUN'),
      argsEol($, choice($.param, $.mount_param),
        choice($.json_string_array, alias($._shell_heredoc_open, $.shell_command)),
        choice(alias($._shell_line_eol, $.shell_command), alias($._shell_heredoc_closed, $.shell_command)),
      ),
      repeat($.heredoc_block),
    ),

    cmd_instruction: ($) => seq(ikw($, 'CMD'), argsEol($, $.param, $._exec_or_shell_open, $._shell_closed)),
    entrypoint_instruction: ($) => seq(ikw($, 'ENTRYPOINT'), argsEol($, $.param, $._exec_or_shell_open, $._shell_closed)),
    shell_instruction: ($) => seq(ikw($, 'SHELL'), argsEol($, $.param, $._exec_or_shell_open, $._shell_closed)),

    _exec_or_shell_open: ($) => choice($.json_string_array, alias($._shell_open, $.shell_command)),
    _shell_closed: ($) => choice(alias($._shell_line_eol, $.shell_command), alias($._shell_closed_pieces, $.shell_command)),

    _exec_or_shell: ($) => choice($.json_string_array, alias($._shell_line, $.shell_command), $.shell_command),

    healthcheck_instruction: ($) => seq(
      ikw($, 'HEALTHCHECK'),
      args($, $.param, choice(
        alias($._none, 'NONE'),
        field('cmd', alias($._healthcheck_cmd, $.cmd_instruction)),
        word(T_WORD, $.unknown_argument, $.unknown_argument),
      )),
      $._eol,
    ),
    _healthcheck_cmd: ($) => seq(ikw($, 'CMD'), optional($._exec_or_shell)),

    label_instruction: ($) => seq(
      ikw($, 'LABEL'),
      args($, $.param, choice(
        seq(
          alias($._label_pair_first, $.label_pair),
          repeat(seq($._sep, alias($._label_pair_rest, $.label_pair))),
          optional($._sep),
        ),
        alias($._label_pair_legacy, $.label_pair),
        alias($._label_pair_bare, $.label_pair),
      )),
      $._eol,
    ),
    _label_pair_first: ($) => seq(field('key', key($)), '=', optional(field('value', value($)))),
    _label_pair_rest: ($) => seq(field('key', key($)), optional(seq('=', optional(field('value', value($)))))),
    _label_pair_legacy: ($) => seq(field('key', key($)), $._sep, field('value', restValue($))),
    _label_pair_bare: ($) => seq(field('key', key($)), optional($._sep)),

    env_instruction: ($) => seq(
      ikw($, 'ENV'),
      args($, $.param, choice(
        seq(
          alias($._env_pair_first, $.env_pair),
          repeat(seq($._sep, alias($._env_pair_rest, $.env_pair))),
          optional($._sep),
        ),
        alias($._env_pair_legacy, $.env_pair),
        alias($._env_pair_bare, $.env_pair),
      )),
      $._eol,
    ),
    _env_pair_first: ($) => seq(field('name', name($)), '=', optional(field('value', value($)))),
    _env_pair_rest: ($) => seq(field('name', name($)), optional(seq('=', optional(field('value', value($)))))),
    _env_pair_legacy: ($) => seq(field('name', name($)), $._sep, field('value', restValue($))),
    _env_pair_bare: ($) => seq(field('name', name($)), optional($._sep)),

    arg_instruction: ($) => seq(
      ikw($, 'ARG'),
      args($, $.param, seq(
        $.arg_pair,
        repeat(seq($._sep, $.arg_pair)),
        optional($._sep),
      )),
      $._eol,
    ),
    arg_pair: ($) => seq(field('name', name($)), optional(seq('=', optional(field('default', value($)))))),

    // key=value building blocks (see `name`, `key`, `value`, `restValue` below)
    // (quotes inside a name are accepted so that malformed input still parses)
    _name: ($) => multi(T_NAME, others($, true, [$.double_quoted_string, $.single_quoted_string])),
    _key_unquoted: ($) => multi(T_NAME, others($)),
    // A concatenation never has two unquoted parts in a row (an unquoted part is as long as it can be).
    _key_concat: ($) => choice(seq(keyU($), $._key_after_u), seq(quoted($), $._key_after_q)),
    _key_after_u: ($) => seq(quoted($), optional($._key_after_q)),
    _key_after_q: ($) => choice(seq(keyU($), optional($._key_after_u)), seq(quoted($), optional($._key_after_q))),
    _unquoted: ($) => multi(T_VALUE, others($)),
    _value_concat: ($) => choice(seq(valueU($), $._value_after_u), seq(quoted($), $._value_after_q)),
    _value_after_u: ($) => seq(quoted($), optional($._value_after_q)),
    _value_after_q: ($) => choice(seq(valueU($), optional($._value_after_u)), seq(quoted($), optional($._value_after_q))),
    // The rest of the line (legacy `ENV k v w`, `LABEL k v`), whitespace included.
    _rest_value: ($) => multi(T_PATH, others($)),

    double_quoted_string: ($) => prec.right(seq(
      '"',
      repeat(choice(
        token.immediate(prec(1, /[^"\\`$\r\n]+/)),
        $.escape_sequence,
        $._inactive_escape,
        $.expansion,
        $._dollar_text,
      )),
      choice('"', $._string_end_missing),
    )),
    single_quoted_string: ($) => prec.right(seq(
      '\'',
      repeat(choice(
        token.immediate(prec(1, /[^'\\`\r\n]+/)),
        $.escape_sequence,
        $._inactive_escape,
      )),
      choice('\'', $._string_end_missing),
    )),

    add_instruction: ($) => seq(ikw($, 'ADD'), args($, $.param, pathList($)), $._eol, repeat($.heredoc_block)),
    copy_instruction: ($) => seq(ikw($, 'COPY'), args($, $.param, pathList($)), $._eol, repeat($.heredoc_block)),
    path: ($) => multi(T_PATH, others($)),

    volume_instruction: ($) => seq(
      ikw($, 'VOLUME'),
      args($, $.param, choice(
        $.json_string_array,
        seq(word(T_PATH, $.path, $.path), repeat(seq($._sep, word(T_PATH, $.path, $.path))), optional($._sep)),
      )),
      $._eol,
    ),

    expose_instruction: ($) => seq(
      ikw($, 'EXPOSE'),
      args($, $.param, seq(
        word(T_PATH, $.expose_port, $.expose_port),
        repeat(seq($._sep, word(T_PATH, $.expose_port, $.expose_port))),
        optional($._sep),
      )),
      $._eol,
    ),
    expose_port: ($) => multi(T_PATH, others($)),

    user_instruction: ($) => seq(
      ikw($, 'USER'),
      args($, $.param, seq(
        field('user', word(T_USER, $._user_part, $.unquoted_string)),
        optional(seq(':', optional(field('group', word(T_USER, $._user_part, $.unquoted_string))))),
      )),
      $._eol,
    ),
    _user_part: ($) => multi(T_USER, others($)),

    workdir_instruction: ($) => seq(
      ikw($, 'WORKDIR'),
      args($, $.param, field('path', word(T_PATH, $._rest_path, $.path))),
      $._eol,
    ),
    _rest_path: ($) => multi(T_PATH, others($)),

    stopsignal_instruction: ($) => seq(
      ikw($, 'STOPSIGNAL'),
      args($, $.param, field('value', restValue($))),
      $._eol,
    ),
    maintainer_instruction: ($) => seq(
      ikw($, 'MAINTAINER'),
      args($, $.param, field('value', restValue($))),
      $._eol,
    ),

    onbuild_instruction: ($) => seq(
      ikw($, 'ONBUILD'),
      repeat(seq(field('flag', $.param), $._sep)),
      choice(field('instruction', $._instruction), $._eol),
    ),

    unknown_instruction: ($) => seq(
      field('keyword', choice(
        alias($._unknown_keyword, $.keyword),
        alias(choice($.escape_sequence, $._inactive_escape), $.keyword),
      )),
      optional(word(T_WORD, $.unknown_argument, $.unknown_argument)),
      $._eol,
    ),
    unknown_argument: ($) => prec.right(multi(T_WORD, others($, false))),
    _word: ($) => multi(T_WORD, others($, false)),

    // ---------------------------------------------------------------- shell and exec forms

    // A one-line command is a single token (aliased `shell_command`, no children). Otherwise
    // `shell_fragment`s: one per stretch of a physical line (escape sequences included), with the
    // continuations and comment lines between them as extras. The pieces between the first and the
    // last come in hidden chunks of eight (plus one shorter chunk): one reduction per eight pieces,
    // and a balanced tree of small nodes, which `ts_node_child` walks in logarithmic time.
    // `_open`: the command does not end with text (a heredoc marker, or a continuation into the end
    // of the file), the instruction's `_eol` follows; `_closed`: the last piece includes the newline.
    // (HEALTHCHECK CMD uses `shell_command`, which never includes it.)
    shell_command: ($) => seq(
      alias($._shell_head, $.shell_fragment),
      repeat($._shell_chunk),
      optional($._shell_partial),
      optional(alias($._shell_tail, $.shell_fragment)),
    ),
    _shell_open: ($) => seq(
      alias($._shell_head, $.shell_fragment),
      repeat($._shell_chunk),
      optional($._shell_partial),
    ),
    _shell_closed_pieces: ($) => seq(
      alias($._shell_head, $.shell_fragment),
      repeat($._shell_chunk),
      optional($._shell_partial),
      alias($._shell_tail_eol, $.shell_fragment),
    ),
    _shell_heredoc_open: ($) => seq(
      choice(alias($._shell_head, $.shell_fragment), $.heredoc_marker),
      repeat($._heredoc_chunk),
      optional($._heredoc_partial),
    ),
    _shell_heredoc_closed: ($) => seq(
      choice(alias($._shell_head, $.shell_fragment), $.heredoc_marker),
      repeat($._heredoc_chunk),
      optional($._heredoc_partial),
      alias($._shell_tail_eol, $.shell_fragment),
    ),
    _shell_chunk: ($) => chunk(choice($.shell_fragment, $._extras_break)),
    _shell_partial: ($) => partial(choice($.shell_fragment, $._extras_break)),
    _heredoc_chunk: ($) => chunk(choice($.shell_fragment, $.heredoc_marker, $._extras_break)),
    _heredoc_partial: ($) => partial(choice($.shell_fragment, $.heredoc_marker, $._extras_break)),

    // The scanner has checked the whole array; the `json_string`s are extras, `,` is padding.
    json_string_array: ($) => seq(
      alias($._json_open, '['),
      repeat($._extras_break),
      alias($._json_close, ']'),
    ),

    heredoc_block: ($) => seq(optional($.heredoc_body), $.heredoc_end),

    // ---------------------------------------------------------------- expansions

    expansion: ($) => choice(
      seq(alias($._dollar, '$'), $.variable),
      prec.right(seq(
        alias($._dollar_brace, '${'),
        $.variable,
        optional(seq(
          field('operator', alias(choice(':-', ':+', ':?', '-', '+', '?', '#', '##', '%', '%%', '/', '//', ':'), $.expansion_operator)),
          repeat(choice(
            token.immediate(prec(1, /[^}$\\`\r\n]+/)),
            $.expansion,
            $.escape_sequence,
            $._inactive_escape,
            $._dollar_text,
          )),
        )),
        '}',
      )),
    ),
    variable: (_) => token.immediate(/[A-Za-z_][A-Za-z0-9_]*|[0-9]/),
  },
});

// ENV/ARG name, LABEL key, value, rest-of-line value (`unquoted_string` leaves when plain text).
function name($) {
  return word(T_NAME, $._name, $.unquoted_string);
}
function quoted($) {
  return choice($.double_quoted_string, $.single_quoted_string);
}
function keyU($) {
  return word(T_NAME, $._key_unquoted, $.unquoted_string);
}
function key($) {
  return choice(keyU($), quoted($), alias($._key_concat, $.concatenation));
}
function valueU($) {
  return word(T_VALUE, $._unquoted, $.unquoted_string);
}
function value($) {
  return choice(valueU($), quoted($), alias($._value_concat, $.concatenation));
}
function restValue($) {
  return word(T_PATH, $._rest_value, $.unquoted_string);
}

// COPY/ADD sources and destination: a JSON array, or paths and heredoc markers.
function pathList($) {
  const item = choice(word(T_PATH, $.path, $.path), $.heredoc_marker);
  return choice(
    $.json_string_array,
    seq(item, repeat(seq($._sep, item)), optional($._sep)),
  );
}

// Eight pieces; one to seven pieces (see shell_command).
function chunk(piece) {
  return seq(...Array(CHUNK).fill(piece));
}
function partial(piece) {
  const alternatives = [];
  for (let n = 1; n < CHUNK; n++) alternatives.push(seq(...Array(n).fill(piece)));
  return choice(...alternatives);
}

// `--flag`s then a body, as `args`, then the end of the line: `_eol` after `open` bodies (or
// none), none after `closed` ones (their last token includes the newline).
function argsEol($, flag, open, closed) {
  return seq(
    repeat(seq(field('flag', flag), $._sep)),
    choice(seq(optional(choice(field('flag', flag), open)), $._eol), closed),
  );
}

// `--flag`s (separated by whitespace) then the body; either may be absent.
function args($, flag, body) {
  return optional(choice(
    seq(repeat1(seq(field('flag', flag), $._sep)), optional(choice(field('flag', flag), body))),
    field('flag', flag),
    body,
  ));
}
