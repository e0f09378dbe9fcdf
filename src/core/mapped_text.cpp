// Keeps assembled text and its byte-to-source map in step.
#include "core/mapped_text.h"

#include <algorithm>

namespace distill::core {

void MappedText::append_source(std::string_view source, uint32_t begin, uint32_t end) {
  text_.append(source.substr(begin, end - begin));
  for (uint32_t i = begin; i < end; ++i) offsets_.push_back(i);
  end_offset_ = end;
}

void MappedText::append_synthetic(std::string_view text, uint32_t at) {
  text_.append(text);
  offsets_.insert(offsets_.end(), text.size(), at);
  end_offset_ = at;
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
  out.offsets_.assign(offsets_.begin() + begin, offsets_.begin() + end);
  out.end_offset_ = end < size() ? offsets_[end] : end_offset_;
  return out;
}

}  // namespace distill::core
