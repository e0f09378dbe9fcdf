; Keywords (aliased to their upper-case spelling whatever the source case)
[
  "FROM" "AS" "RUN" "CMD" "LABEL" "MAINTAINER" "EXPOSE" "ENV" "ADD" "COPY" "ENTRYPOINT"
  "VOLUME" "USER" "WORKDIR" "ARG" "ONBUILD" "STOPSIGNAL" "HEALTHCHECK" "SHELL" "NONE"
] @keyword

(unknown_instruction keyword: (keyword) @keyword)

(comment) @comment
(parser_directive) @preproc
(directive_name) @property
(directive_value) @string.special

(line_continuation) @punctuation.special
(escape_sequence) @string.escape

(param "--" @operator)
(param name: (param_name) @property)
(param_value) @string
(mount_param "--" @operator)
(mount_param name: (param_name) @property)
(mount_param_key) @property
(mount_param_value) @string

(image_name) @type
(image_tag) @label
(image_digest) @constant
(image_alias) @label

(env_pair name: (unquoted_string) @variable)
(arg_pair name: (unquoted_string) @variable)
(label_pair key: (_) @property)
(expose_port) @number

[(double_quoted_string) (single_quoted_string) (json_string)] @string

(expansion ["$" "${" "}"] @punctuation.special)
(expansion (variable) @variable)
(expansion_operator) @operator

(heredoc_marker) @label
(heredoc_end) @label
(heredoc_body) @string

["[" "]" ","] @punctuation.bracket
["=" ":" "@"] @operator
