// One Dockerfile instruction, typed and source-ranged: keyword, flags, arguments as BuildKit splits them,
// JSON or shell form, heredoc bodies, and the logical text that the shell or BuildKit would see.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mapped_text.h"
#include "core/source.h"

namespace distill::syntax {

struct Flag {
  std::string name;                  // without the leading "--", as written ("platform", "mount")
  std::optional<std::string> value;  // text after '=', as written; nullopt for "--link"
  core::ByteRange range;             // the whole "--name=value"
  core::ByteRange value_range;       // empty when there is no value
};

// One argument as BuildKit splits it (quotes kept where BuildKit keeps them).
struct Argument {
  std::string text;
  core::ByteRange range;
};

// ENV/LABEL/ARG: key[=value]; legacy "ENV k v" has has_equals == false.
struct KeyValue {
  std::string key;
  std::optional<std::string> value;  // BuildKit's value text (quotes kept, as BuildKit keeps them)
  core::ByteRange range;
  core::ByteRange key_range;
  core::ByteRange value_range;
  bool has_equals = false;
};

struct Heredoc {
  std::string delimiter;    // without quotes
  bool strip_tabs = false;  // <<-
  bool expand = true;       // false when the delimiter was quoted
  std::string body;  // content as the build sees it (tabs stripped for <<-), ending in "\n" unless empty
  core::ByteRange marker;      // "<<EOF" in the instruction line
  core::ByteRange body_range;  // the body lines in the source, without the terminator line
  core::MappedText body_text;  // body mapped to the source (for parsing it as a script)
  bool terminated = false;     // a line with the delimiter closes it (BuildKit fails the build otherwise)
};

enum class Form { kNone, kShell, kJson };

struct Instruction {
  std::string keyword;    // upper case ("RUN"); for an unknown instruction the word as written, upper-cased
  bool known = true;      // false for instructions BuildKit does not know
  core::ByteRange range;  // from the keyword to the end of the logical line, heredoc bodies included
  core::ByteRange keyword_range;
  std::vector<Flag> flags;
  Form form = Form::kNone;
  std::vector<Argument> args;   // BuildKit's arguments (after flags)
  std::vector<KeyValue> pairs;  // ENV, LABEL, ARG
  std::vector<Heredoc> heredocs;
  // Blank lines inside a line continuation (without their newline): BuildKit skips them with a warning.
  std::vector<core::ByteRange> empty_continuation_lines;
  core::MappedText logical;          // everything after the keyword, continuations and comment lines removed
  core::MappedText command;          // shell form: the text after the flags, as handed to the shell
  std::vector<Instruction> trigger;  // ONBUILD: the one instruction it wraps
  std::vector<std::string> errors;   // problems BuildKit's parser reports for this instruction

  bool is(std::string_view upper_keyword) const { return keyword == upper_keyword; }
  const Flag* flag(std::string_view name) const;
  // The instruction itself, or for ONBUILD the wrapped one.
  const Instruction& effective() const { return trigger.empty() ? *this : trigger.front(); }
};

}  // namespace distill::syntax
