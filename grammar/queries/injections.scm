; Shell form of RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD is handed to /bin/sh: inject bash.
((shell_command) @injection.content
  (#set! injection.language "bash"))

; Heredoc bodies of RUN are scripts too (a shebang or a command after the marker may name
; another interpreter; bash is the default).
((run_instruction
  (heredoc_block) @injection.content)
  (#set! injection.language "bash")
  (#set! injection.include-children))
