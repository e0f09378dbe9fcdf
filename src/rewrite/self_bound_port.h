// Servers that read $PORT themselves. Cloud Run samples start gunicorn as `exec gunicorn --bind :$PORT …`,
// which needs a shell only to expand PORT; gunicorn binds 0.0.0.0:$PORT on its own when PORT is set and
// nothing else configures a bind (its documented default), so dropping that one option keeps the behaviour
// without a shell — and PORT stays a run-time setting instead of being fixed at build time.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rewrite/stage_facts.h"
#include "syntax/shell/word.h"

namespace distill::rewrite {

// Removes gunicorn's single `--bind :$PORT` (`-b`, `--bind=`, `0.0.0.0:` and `${PORT}` spellings) from a
// command's words and returns the note to show; nullopt, words untouched, when the command is not gunicorn
// or something else could set the bind (a config file option, GUNICORN_CMD_ARGS, a second bind).
std::optional<std::string> drop_self_bound_port(std::vector<syntax::shell::Word>& words,
                                                const StageFacts& facts);

}  // namespace distill::rewrite
