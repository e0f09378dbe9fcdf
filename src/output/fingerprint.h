// Code Climate, GitLab and SARIF consumers track an issue across commits by a fingerprint; it must survive
// edits elsewhere in the file, so it hashes what the finding is about rather than where it is.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <tuple>

#include "core/finding.h"
#include "core/source.h"

namespace distill::output {

// Fingerprints for the findings of one file, in order. Identical (path, code, line text) triples get an
// occurrence number so that two equal lines in one file still have distinct fingerprints.
class Fingerprinter {
 public:
  // 32 lowercase hex digits.
  std::string next(std::string_view path, const core::Finding& finding, const core::SourceText* source);

 private:
  std::map<std::tuple<std::string, std::string, std::string>, unsigned> seen_;
};

// 128-bit FNV-1a (two 64-bit lanes with different offset bases) as 32 hex digits: stable across platforms and
// releases, which std::hash is not.
std::string stable_hash(std::string_view text);

}  // namespace distill::output
