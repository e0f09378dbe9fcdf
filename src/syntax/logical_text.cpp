// Removes what the grammar marks as continuation, comment or heredoc body from an instruction's bytes.
#include "syntax/logical_text.h"

#include <algorithm>
#include <vector>

#include "syntax/ts_node.h"

namespace distill::syntax {

core::MappedText logical_text(const core::SourceText& source, TSNode instruction, uint32_t from,
                              std::vector<InstructionPieces::Removed> pieces) {
  std::string_view text = source.text();
  std::vector<core::ByteRange> removed;
  removed.reserve(pieces.size());
  for (const InstructionPieces::Removed& piece : pieces) {
    core::ByteRange range = piece.range;
    // BuildKit drops a comment line inside a continuation whole, indentation included.
    if (piece.comment) {
      while (range.begin > from && (text[range.begin - 1] == ' ' || text[range.begin - 1] == '\t'))
        --range.begin;
    }
    removed.push_back(range);
  }
  std::sort(removed.begin(), removed.end(), [](auto a, auto b) { return a.begin < b.begin; });

  uint32_t end = ts_node_end_byte(instruction);
  core::MappedText out;
  uint32_t at = from;
  size_t next_removed = 0;
  while (at < end) {
    while (next_removed < removed.size() && removed[next_removed].end <= at) ++next_removed;
    uint32_t piece_end = end;
    if (next_removed < removed.size()) {
      if (removed[next_removed].begin <= at) {
        at = removed[next_removed].end;
        continue;
      }
      piece_end = removed[next_removed].begin;
    }
    // The logical line stops at the first newline that no continuation swallowed.
    size_t newline = text.substr(at, piece_end - at).find('\n');
    if (newline != std::string_view::npos) {
      uint32_t stop = at + static_cast<uint32_t>(newline);
      if (stop > at && text[stop - 1] == '\r') --stop;
      out.append_source(text, at, stop);
      out.finish(stop);
      return out;
    }
    out.append_source(text, at, piece_end);
    at = piece_end;
  }
  // A trailing '\r' belongs to a CRLF whose '\n' is outside the node.
  std::string_view built = out.text();
  if (!built.empty() && built.back() == '\r') return out.slice(0, out.size() - 1);
  out.finish(std::min(at, end));
  return out;
}

}  // namespace distill::syntax
