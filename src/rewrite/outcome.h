// What a rewrite produced: the new text, or a refusal with reasons; notes explain each decision.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/source.h"

namespace distill::rewrite {

// Why a Dockerfile is not rewritten. `code` is stable (tables, tests, the directory summary); `message` says
// what was not understood or is unsafe, naming the instruction.
struct Refusal {
  std::string code;
  std::string message;
  std::optional<core::ByteRange> where;
};

enum class Status { kRewritten, kAlreadyDistroless, kRefused };

struct Outcome {
  Status status = Status::kRefused;
  std::string text;                // the rewritten Dockerfile (kRewritten), else the input unchanged
  std::vector<Refusal> refusals;   // kRefused: every reason found, first is the main one
  std::vector<std::string> notes;  // decisions a reviewer should know (--explain prints them)
  std::string stack;               // "python", "node", … ("" when unknown)
  std::string runtime;             // the runtime image chosen
};

}  // namespace distill::rewrite
