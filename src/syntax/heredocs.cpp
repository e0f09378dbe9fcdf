// Heredoc bodies are raw lines: no continuation processing, tabs stripped only for <<-, as BuildKit does.
#include "syntax/heredocs.h"

#include "syntax/ts_node.h"

namespace distill::syntax {
namespace {

// "<<-'EOF'" → delimiter EOF, strip_tabs, no expansion.
Heredoc parse_marker(std::string_view marker) {
  Heredoc doc;
  size_t i = marker.find("<<");
  i = i == std::string_view::npos ? 0 : i + 2;
  if (i < marker.size() && marker[i] == '-') {
    doc.strip_tabs = true;
    ++i;
  }
  std::string delimiter;
  char quote = 0;
  for (; i < marker.size(); ++i) {
    char c = marker[i];
    if (quote) {
      if (c == quote) {
        quote = 0;
      } else {
        delimiter += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
      doc.expand = false;
    } else if (c == '\\' && i + 1 < marker.size()) {
      delimiter += marker[++i];
      doc.expand = false;
    } else if (c == ' ' || c == '\t') {
      continue;
    } else {
      delimiter += c;
    }
  }
  doc.delimiter = std::move(delimiter);
  return doc;
}

void read_body(const core::SourceText& source, TSNode block, Heredoc& doc) {
  uint32_t begin = ts_node_start_byte(block);
  uint32_t end = ts_node_end_byte(block);
  for (TSNode child : children(block)) {
    if (node_type(child) == "heredoc_end") {
      end = ts_node_start_byte(child);
      // At the end of the file the grammar closes an open heredoc with an empty end node.
      doc.terminated = ts_node_end_byte(child) > end;
    }
  }
  std::string_view text = source.text();
  // The block may start right after the newline of the instruction line, or at it.
  if (begin < end && text[begin] == '\n') ++begin;
  doc.body_range = {begin, end};
  uint32_t line_start = begin;
  while (line_start < end) {
    size_t nl = text.substr(line_start, end - line_start).find('\n');
    uint32_t line_end = nl == std::string_view::npos ? end : line_start + static_cast<uint32_t>(nl) + 1;
    uint32_t content = line_start;
    if (doc.strip_tabs) {
      while (content < line_end && text[content] == '\t') ++content;
    }
    doc.body.append(text.substr(content, line_end - content));
    doc.body_text.append_source(text, content, line_end);
    line_start = line_end;
  }
  doc.body_text.finish(end);
}

}  // namespace

std::vector<Heredoc> read_heredocs(const core::SourceText& source, const std::vector<TSNode>& markers,
                                   const std::vector<TSNode>& blocks) {
  std::vector<Heredoc> docs;
  docs.reserve(markers.size());
  for (TSNode marker : markers) {
    Heredoc doc = parse_marker(source.slice(node_range(marker)));
    doc.marker = node_range(marker);
    docs.push_back(std::move(doc));
  }
  for (size_t i = 0; i < docs.size() && i < blocks.size(); ++i) read_body(source, blocks[i], docs[i]);
  return docs;
}

}  // namespace distill::syntax
