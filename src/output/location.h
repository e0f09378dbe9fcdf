// Every format shows a finding's byte range as line/column positions; this is the one place that turns a
// ByteRange into the start, exclusive end and inclusive last positions the formats need.
#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "core/source.h"

namespace distill::output {

struct Span {
  core::Position begin;  // first byte of the range
  core::Position end;    // the byte after the range (SARIF, LSP, JSON: exclusive end)
  core::Position last;   // the last byte of the range, or begin when empty (GNU, checkstyle: inclusive end)
};

// A null source yields 1:1 positions, so a formatter never dereferences a missing text.
Span span_of(const core::SourceText* source, core::ByteRange range);

// "path:line:col" with the unknown parts left out, as compilers print locations.
std::string location_prefix(const core::Error& error);

// Text of the first line the range touches, without surrounding blanks: what fingerprints hash.
std::string_view first_line_text(const core::SourceText* source, core::ByteRange range);

}  // namespace distill::output
