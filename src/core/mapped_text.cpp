// Keeps assembled text and its byte-to-source map in step.
#include "core/mapped_text.h"

#include <algorithm>

namespace distill::core {

void MappedText::add_run(uint32_t text_begin, uint32_t source_begin, bool synthetic) {
  if (!runs_.empty()) {
    const Run& last = runs_.back();
    // Source bytes that continue the previous verbatim run extend it instead of starting a new one.
    if (!synthetic && !last.synthetic && last.source_begin + (text_begin - last.text_begin) == source_begin)
      return;
  }
  runs_.push_back(Run{text_begin, source_begin, synthetic});
}

void MappedText::append_source(std::string_view source, uint32_t begin, uint32_t end) {
  if (end > begin) {
    add_run(size(), begin, false);
    text_.append(source.substr(begin, end - begin));
  }
  end_offset_ = end;
}

void MappedText::append_synthetic(std::string_view text, uint32_t at) {
  if (!text.empty()) {
    add_run(size(), at, true);
    text_.append(text);
  }
  end_offset_ = at;
}

uint32_t MappedText::source_offset(uint32_t i) const {
  if (i >= size()) return end_offset_;
  // The last run that starts at or before i.
  auto after = std::upper_bound(runs_.begin(), runs_.end(), i,
                                [](uint32_t at, const Run& run) { return at < run.text_begin; });
  const Run& run = *(after - 1);
  return run.synthetic ? run.source_begin : run.source_begin + (i - run.text_begin);
}

ByteRange MappedText::to_source(uint32_t begin, uint32_t end) const {
  begin = std::min(begin, size());
  end = std::clamp(end, begin, size());
  if (begin == end) {
    uint32_t at = source_offset(begin);
    return {at, at};
  }
  // The last byte's source offset + 1, so a range never swallows a removed continuation after it.
  return {source_offset(begin), source_offset(end - 1) + 1};
}

MappedText MappedText::slice(uint32_t begin, uint32_t end) const {
  begin = std::min(begin, size());
  end = std::clamp(end, begin, size());
  MappedText out;
  out.text_ = text_.substr(begin, end - begin);
  for (size_t k = 0; k < runs_.size(); ++k) {
    uint32_t run_end = k + 1 < runs_.size() ? runs_[k + 1].text_begin : size();
    const Run& run = runs_[k];
    if (run_end <= begin || run.text_begin >= end) continue;
    uint32_t from = std::max(begin, run.text_begin);
    uint32_t source = run.synthetic ? run.source_begin : run.source_begin + (from - run.text_begin);
    out.runs_.push_back(Run{from - begin, source, run.synthetic});
  }
  out.end_offset_ = source_offset(end);
  return out;
}

}  // namespace distill::core
