// Stable fingerprints for issue trackers: a content hash that ignores line numbers.
#include "output/fingerprint.h"

#include <fmt/format.h>

#include "output/location.h"

namespace distill::output {
namespace {

uint64_t fnv1a(std::string_view text, uint64_t basis) {
  constexpr uint64_t kPrime = 0x100000001b3ULL;
  uint64_t hash = basis;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= kPrime;
  }
  return hash;
}

}  // namespace

std::string stable_hash(std::string_view text) {
  constexpr uint64_t kBasis = 0xcbf29ce484222325ULL;  // the standard FNV-1a 64 offset basis
  constexpr uint64_t kSecondBasis = 0x84222325cbf29ce4ULL;
  return fmt::format("{:016x}{:016x}", fnv1a(text, kBasis), fnv1a(text, kSecondBasis));
}

std::string Fingerprinter::next(std::string_view path, const core::Finding& finding,
                                const core::SourceText* source) {
  std::string line(first_line_text(source, finding.range));
  unsigned occurrence = seen_[{std::string(path), finding.code, line}]++;
  // NUL separators keep ("ab", "c") and ("a", "bc") apart.
  std::string key;
  for (std::string_view part : {path, std::string_view(finding.code), std::string_view(line)}) {
    key.append(part);
    key.push_back('\0');
  }
  key += std::to_string(occurrence);
  return stable_hash(key);
}

}  // namespace distill::output
