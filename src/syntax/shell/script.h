// The parsed view of one instruction's shell text (RUN/CMD/ENTRYPOINT/HEALTHCHECK or a RUN heredoc body):
// every simple command and pipeline, each mapped back to exact Dockerfile byte ranges.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapped_text.h"
#include "core/result.h"
#include "core/source.h"
#include "syntax/shell/command.h"
#include "syntax/shell/word.h"

struct TSParser;

namespace distill::syntax::shell {

// Two or more commands joined by | or |&.
struct Pipeline {
  // For each stage, the commands that run in it, nested ones included (a stage may be "( cd x && sh )"),
  // but not those inside a $(…) or <(…) of that stage.
  std::vector<std::vector<uint32_t>> stages;
  core::ByteRange source;
  core::ByteRange script;
  bool pipes_stderr = false;  // some stage is joined with |&
};

// A statement that only assigns ("FOO=bar" on its own); prefixes of commands live in Command::assignments.
struct Assignment {
  std::string name;
  Word value;
  core::ByteRange source;
};

struct Script {
  std::vector<Command> commands;    // every simple command in source order, nested ones included; `export`,
                                    // `local`, `unset`, `[`/`[[` count as commands named so
  std::vector<Pipeline> pipelines;  // in source order of their start
  std::vector<Assignment> assignments;
  std::vector<Redirect> redirects;            // every redirection, including those on compound statements
  bool has_errors = false;                    // tree-sitter found ERROR or MISSING nodes
  std::vector<core::ByteRange> error_ranges;  // in the Dockerfile

  // Every command that runs `basename`, directly or through wrappers ("sudo apt-get" yields the apt-get
  // view with wrappers == {"sudo"}); source order.
  std::vector<Command> invocations_of(std::string_view basename) const;
  // The commands of one pipeline stage, e.g. to check "curl … | sh".
  std::vector<const Command*> stage_commands(const Pipeline& pipeline, size_t stage) const;
};

// Owns one tree-sitter parser. Not thread-safe itself: give each thread its own (or call parse()).
class Parser {
 public:
  Parser();
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Fails only when the text cannot be parsed at all (too large, nested too deeply, parser failure);
  // syntax errors give a Script with has_errors set.
  core::Result<Script> parse(const core::MappedText& script);

 private:
  struct Deleter {
    void operator()(TSParser* parser) const;
  };
  std::unique_ptr<TSParser, Deleter> parser_;
};

// Parses with a parser of its own; safe to call from many threads at once.
core::Result<Script> parse(const core::MappedText& script);

}  // namespace distill::syntax::shell
