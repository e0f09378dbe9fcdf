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

namespace {

// Blank as BuildKit's isEmptyContinuationLine sees a line: nothing but ASCII white space.
bool is_blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; });
}

}  // namespace

std::vector<core::ByteRange> empty_continuation_lines(
    const core::SourceText& source, const std::vector<InstructionPieces::Removed>& removed) {
  std::vector<core::ByteRange> out;
  std::string_view text = source.text();
  for (const InstructionPieces::Removed& piece : removed) {
    if (!piece.continuation) continue;
    // The token runs from the escape character (or the newline after a comment line) through its newline and
    // every line it swallowed after that: blank ones, and after many extras in a row, comment and lone-escape
    // lines too.
    std::string_view token = text.substr(piece.range.begin, piece.range.size());
    size_t at = token.find('\n');
    if (at == std::string_view::npos) continue;
    for (++at; at < token.size();) {
      size_t end = token.find('\n', at);
      if (end == std::string_view::npos) break;
      if (is_blank(token.substr(at, end - at))) {
        out.push_back(
            {piece.range.begin + static_cast<uint32_t>(at), piece.range.begin + static_cast<uint32_t>(end)});
      }
      at = end + 1;
    }
    // White space after the last newline of the file is one more (empty) line of the continued instruction.
    std::string_view rest = text.substr(piece.range.end);
    if (token.back() == '\n' && !rest.empty() && is_blank(rest))
      out.push_back({piece.range.end, source.size()});
  }
  return out;
}

}  // namespace distill::syntax
