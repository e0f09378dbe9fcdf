// Declares the generated Unicode range tables that let the Go-compatible helpers classify code points.
#pragma once

#include <cstddef>
#include <cstdint>

namespace distill::syntax::buildkit {

struct CodeRange {
  uint32_t lo;
  uint32_t hi;
};

struct CaseMapping {
  uint32_t from;
  uint32_t to;
};

// All sorted by code point; produced by tools/gen_unicode_tables.cpp.
extern const CodeRange print_ranges[];
extern const std::size_t print_ranges_size;
extern const CodeRange letter_ranges[];
extern const std::size_t letter_ranges_size;
extern const CodeRange digit_ranges[];
extern const std::size_t digit_ranges_size;
extern const CaseMapping lower_mappings[];  // code points >= 0x80 only; ASCII is handled inline
extern const std::size_t lower_mappings_size;

}  // namespace distill::syntax::buildkit
