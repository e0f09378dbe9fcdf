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
 * Whitespace is an extra, but wherever whitespace separates words (paths, key=value pairs,
 * flags) the grammar asks for the hidden `_sep` token, which the scanner produces instead of
 * skipping the whitespace. A word therefore continues across a line continuation exactly when
 * BuildKit would join the two halves into one word.
 */

// Keywords: FROM RUN CMD LABEL MAINTAINER EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD
// STOPSIGNAL HEALTHCHECK SHELL (plus AS, NONE). Anything else at the start of a line is an unknown_instruction.
// A case-insensitive keyword, aliased to its upper-case spelling.
function kw(word, precedence = 0) {
  const pattern = word.split('').map((c) => {
    const l = c.toLowerCase();
    const u = c.toUpperCase();
    return l === u ? c : `[${l}${u}]`;
  }).join('');
  return alias(token(prec(precedence, new RegExp(pattern))), word.toUpperCase());
}

// Pieces of a word: text plus expansions and escapes.
function pieces($, text, withExpansion = true) {
  const list = [text, $.escape_sequence, $._inactive_escape];
  if (withExpansion) list.push($.expansion, $._dollar_text);
  return choice(...list);
}

module.exports = grammar({
  name: 'dockerfile',

  extras: ($) => [/[ \t\r\f\v\uFEFF]/, $.line_continuation, $.comment],

  externals: ($) => [
    $._eol,               // newline (or end of file) that ends an instruction or directive
    $._empty_line,        // a newline between instructions
    $.line_continuation,  // escape char, spaces, newline, following blank lines
    $.comment,            // a whole `#` line
    $._directive_start,   // `#` of a parser directive (only at the top of the file)
    $.directive_name,
    $._directive_eq,
    $.directive_value,
    $._json_start,        // zero width: the rest of the logical line is a JSON string array
    $.heredoc_marker,     // <<EOF, <<-EOF, <<"EOF", <<'EOF'
    $.heredoc_line,       // one line of a heredoc body (with its newline)
    $.heredoc_end,        // the terminating line (with its newline); zero width at end of file
    $.escape_sequence,    // active escape char + next char (or a run of escape chars)
    $._inactive_escape,   // the other of backslash / backtick: ordinary text
    $._sep,               // whitespace that separates words
    $._param_prefix,      // `--` starting a flag
    $._dollar,            // `$` starting $name
    $._dollar_brace,      // `${`
    $._dollar_text,       // a `$` that starts no expansion
    $._string_end_missing, // zero width at the end of a line inside an unterminated quoted string
    $._error_sentinel,    // never produced; valid only during error recovery
  ],

  conflicts: ($) => [],

  rules: {
    source_file: ($) => seq(
      repeat($.parser_directive),
      repeat(choice($._instruction, $._empty_line)),
    ),

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
      optional(field('name', $.param_name)),
      optional(seq('=', optional(field('value', $.param_value)))),
    ),
    param_name: ($) => repeat1(pieces($, /[^\s=\\`]+/, false)),
    param_value: ($) => repeat1(choice(
      pieces($, /[^\s\\`$"']+/),
      $.double_quoted_string,
      $.single_quoted_string,
    )),

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
      field('key', $.mount_param_key),
      optional(seq('=', optional(field('value', $.mount_param_value)))),
    ),
    mount_param_key: ($) => repeat1(pieces($, /[^\s=,\\`]+/, false)),
    mount_param_value: ($) => repeat1(pieces($, /[^\s,\\`]+/, false)),

    // ---------------------------------------------------------------- instructions

    from_instruction: ($) => seq(
      kw('FROM'),
      args($, $.param, seq(
        field('image', $.image_spec),
        choice(
          seq(
            $._sep,
            field('as', kw('AS')),
            optional(seq(
              $._sep,
              field('alias', $.image_alias),
              repeat(seq($._sep, alias($._word, $.unknown_argument))),
            )),
          ),
          repeat(seq($._sep, alias($._word, $.unknown_argument))),
        ),
        optional($._sep),
      )),
      $._eol,
    ),

    image_spec: ($) => seq(
      field('name', $.image_name),
      optional(seq(':', optional(field('tag', $.image_tag)))),
      optional(seq('@', optional(field('digest', $.image_digest)))),
    ),
    image_name: ($) => repeat1(choice(pieces($, /[^\s\\`$:@]+/), /:[0-9]+\//)),
    image_tag: ($) => repeat1(choice(pieces($, /[^\s\\`$@]+/), ':')),
    image_digest: ($) => repeat1(choice(pieces($, /[^\s\\`$]+/), '@', ':')),
    image_alias: ($) => repeat1(pieces($, /[^\s\\`$]+/)),

    run_instruction: ($) => seq(
      kw('RUN'),
      args($, choice($.param, $.mount_param),
        choice($.json_string_array, alias($._shell_command_heredoc, $.shell_command))),
      $._eol,
      repeat($.heredoc_block),
    ),

    cmd_instruction: ($) => seq(kw('CMD'), args($, $.param, $._exec_or_shell), $._eol),
    entrypoint_instruction: ($) => seq(kw('ENTRYPOINT'), args($, $.param, $._exec_or_shell), $._eol),
    shell_instruction: ($) => seq(kw('SHELL'), args($, $.param, $._exec_or_shell), $._eol),

    _exec_or_shell: ($) => choice($.json_string_array, $.shell_command),

    healthcheck_instruction: ($) => seq(
      kw('HEALTHCHECK'),
      args($, $.param, choice(
        kw('NONE'),
        field('cmd', alias($._healthcheck_cmd, $.cmd_instruction)),
        $.unknown_argument,
      )),
      $._eol,
    ),
    _healthcheck_cmd: ($) => seq(kw('CMD'), optional($._exec_or_shell)),

    label_instruction: ($) => seq(
      kw('LABEL'),
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
    _label_pair_first: ($) => seq(field('key', $._label_key), '=', optional(field('value', $._value))),
    _label_pair_rest: ($) => seq(field('key', $._label_key), optional(seq('=', optional(field('value', $._value))))),
    _label_pair_legacy: ($) => seq(field('key', $._label_key), $._sep, field('value', $._rest_value)),
    _label_pair_bare: ($) => seq(field('key', $._label_key), optional($._sep)),
    _label_key: ($) => $._key,

    env_instruction: ($) => seq(
      kw('ENV'),
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
    _env_pair_first: ($) => seq(field('name', $._name), '=', optional(field('value', $._value))),
    _env_pair_rest: ($) => seq(field('name', $._name), optional(seq('=', optional(field('value', $._value))))),
    _env_pair_legacy: ($) => seq(field('name', $._name), $._sep, field('value', $._rest_value)),
    _env_pair_bare: ($) => seq(field('name', $._name), optional($._sep)),

    arg_instruction: ($) => seq(
      kw('ARG'),
      args($, $.param, seq(
        $.arg_pair,
        repeat(seq($._sep, $.arg_pair)),
        optional($._sep),
      )),
      $._eol,
    ),
    arg_pair: ($) => seq(field('name', $._name), optional(seq('=', optional(field('default', $._value))))),

    // key=value building blocks
    // (quotes inside a name are accepted so that malformed input still parses)
    _name: ($) => alias(repeat1(choice(
      pieces($, /[^\s\\`$="']+/),
      $.double_quoted_string,
      $.single_quoted_string,
    )), $.unquoted_string),
    _key: ($) => choice(
      alias(repeat1(pieces($, /[^\s\\`$="']+/)), $.unquoted_string),
      $.double_quoted_string,
      $.single_quoted_string,
      alias($._key_concat, $.concatenation),
    ),
    _key_concat: ($) => prec.left(seq($._key_part, repeat1($._key_part))),
    _key_part: ($) => choice(
      alias(prec.left(repeat1(pieces($, /[^\s\\`$="']+/))), $.unquoted_string),
      $.double_quoted_string,
      $.single_quoted_string,
    ),
    _value: ($) => choice(
      $._value_part,
      alias($._value_concat, $.concatenation),
    ),
    _value_concat: ($) => prec.left(seq($._value_part, repeat1($._value_part))),
    _value_part: ($) => choice(
      alias($._unquoted, $.unquoted_string),
      $.double_quoted_string,
      $.single_quoted_string,
    ),
    _unquoted: ($) => prec.left(repeat1(pieces($, /[^\s\\`$"']+/))),
    // The rest of the line (legacy `ENV k v w`, `LABEL k v`), whitespace included.
    _rest_value: ($) => alias(prec.left(repeat1(pieces($, /[^\s\\`$]+/))), $.unquoted_string),

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

    add_instruction: ($) => seq(kw('ADD'), args($, $.param, $._path_list), $._eol, repeat($.heredoc_block)),
    copy_instruction: ($) => seq(kw('COPY'), args($, $.param, $._path_list), $._eol, repeat($.heredoc_block)),
    _path_list: ($) => choice(
      $.json_string_array,
      seq(
        choice($.path, $.heredoc_marker),
        repeat(seq($._sep, choice($.path, $.heredoc_marker))),
        optional($._sep),
      ),
    ),
    path: ($) => repeat1(pieces($, /[^\s\\`$]+/)),

    volume_instruction: ($) => seq(
      kw('VOLUME'),
      args($, $.param, choice(
        $.json_string_array,
        seq($.path, repeat(seq($._sep, $.path)), optional($._sep)),
      )),
      $._eol,
    ),

    expose_instruction: ($) => seq(
      kw('EXPOSE'),
      args($, $.param, seq($.expose_port, repeat(seq($._sep, $.expose_port)), optional($._sep))),
      $._eol,
    ),
    expose_port: ($) => repeat1(pieces($, /[^\s\\`$]+/)),

    user_instruction: ($) => seq(
      kw('USER'),
      args($, $.param, seq(
        field('user', alias($._user_part, $.unquoted_string)),
        optional(seq(':', optional(field('group', alias($._user_part, $.unquoted_string))))),
      )),
      $._eol,
    ),
    _user_part: ($) => prec.left(repeat1(pieces($, /[^\s\\`$:]+/))),

    workdir_instruction: ($) => seq(
      kw('WORKDIR'),
      args($, $.param, field('path', alias($._rest_path, $.path))),
      $._eol,
    ),
    _rest_path: ($) => prec.left(repeat1(pieces($, /[^\s\\`$]+/))),

    stopsignal_instruction: ($) => seq(
      kw('STOPSIGNAL'),
      args($, $.param, field('value', $._rest_value)),
      $._eol,
    ),
    maintainer_instruction: ($) => seq(
      kw('MAINTAINER'),
      args($, $.param, field('value', $._rest_value)),
      $._eol,
    ),

    onbuild_instruction: ($) => seq(
      kw('ONBUILD'),
      repeat(seq(field('flag', $.param), $._sep)),
      choice(field('instruction', $._instruction), $._eol),
    ),

    unknown_instruction: ($) => seq(
      field('keyword', choice(
        alias(token(/[^\s\\`]+/), $.keyword),
        alias(choice($.escape_sequence, $._inactive_escape), $.keyword),
      )),
      optional($.unknown_argument),
      $._eol,
    ),
    unknown_argument: ($) => prec.right(repeat1(pieces($, /[^\s\\`]+/, false))),
    _word: ($) => prec.left(repeat1(pieces($, /[^\s\\`]+/, false))),

    // ---------------------------------------------------------------- shell and exec forms

    shell_command: ($) => repeat1($.shell_fragment),
    _shell_command_heredoc: ($) => repeat1(choice($.shell_fragment, $.heredoc_marker)),
    shell_fragment: ($) => prec.right(repeat1(choice(
      /[^\s\\`<][^\s\\`]*/,
      /<[^\s\\`]*/,
      $.escape_sequence,
      $._inactive_escape,
    ))),

    json_string_array: ($) => seq(
      $._json_start,
      '[',
      optional(seq($.json_string, repeat(seq(',', $.json_string)))),
      ']',
    ),
    json_string: (_) => /"([^"\\\r\n]|\\[^\r\n])*"/,

    heredoc_block: ($) => seq(repeat($.heredoc_line), $.heredoc_end),

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

// `--flag`s (separated by whitespace) then the body; either may be absent.
function args($, flag, body) {
  return optional(choice(
    seq(repeat1(seq(field('flag', flag), $._sep)), optional(choice(field('flag', flag), body))),
    field('flag', flag),
    body,
  ));
}

