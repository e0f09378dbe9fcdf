// Turns the RUN instructions of a Dockerfile into the script files ShellCheck reads, and ShellCheck's
// line:column positions back into Dockerfile byte ranges; kept apart from process handling so it is testable
// without ShellCheck installed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapped_text.h"
#include "core/source.h"
#include "syntax/dockerfile.h"

namespace distill::lint {

// The ShellCheck dialect ("sh", "bash", "dash", "ksh") for a shell program such as "/bin/bash" or "ash";
// nullopt for shells ShellCheck cannot check (pwsh, cmd, zsh, fish, anything unknown).
std::optional<std::string> shellcheck_dialect(std::string_view program);

// One script handed to ShellCheck: a prelude declaring the Dockerfile's variables, then shell code copied
// from the Dockerfile, with each script line remembering where it came from.
struct ShellcheckScript {
  struct Line {
    const core::MappedText* origin =
        nullptr;                // nullptr: a line distill made up (prelude, heredoc terminator)
    uint32_t origin_begin = 0;  // where the line starts in `origin`
    uint32_t text_begin = 0;    // where the line starts in `text`
    bool prelude = false;       // findings here are about our own lines and are dropped
  };

  size_t file = 0;      // index of the Dockerfile among those of the run
  std::string dialect;  // passed as --shell
  std::string text;     // the file's content; always ends in '\n'
  std::vector<Line> lines;
  core::ByteRange anchor;  // the RUN's first line: where a finding on a made-up line points

  // The Dockerfile range of ShellCheck's [line:column, end_line:end_column) (1-based; columns count code
  // points, a tab as one); nullopt when it lies in the prelude.
  std::optional<core::ByteRange> to_source(uint32_t line, uint32_t column, uint32_t end_line,
                                           uint32_t end_column) const;
};

// The scripts of every RUN (and ONBUILD RUN) of `file`: the shell-form command — with its heredoc bodies
// appended the way BuildKit hands them to the shell — and each heredoc body a shell executes. RUNs in a
// shell ShellCheck cannot check (SHELL ["pwsh", ...], `# hadolint shell=cmd`) and JSON-form RUNs are skipped.
std::vector<ShellcheckScript> collect_shellcheck_scripts(const syntax::Dockerfile& file, size_t file_index);

}  // namespace distill::lint
