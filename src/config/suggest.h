// "Did you mean …?" for misspelt keys, severities and label types: a typo should cost one glance, not a doc
// search.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace distill::config {

// Optimal-string-alignment distance, case-insensitive and with '_' and '-' equal: each insertion, deletion,
// substitution or transposition of neighbours counts one.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` by edit distance (case-insensitive, transpositions count as one edit), when
// it is close enough to be a plausible typo; nothing otherwise.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" — ready to append to a diagnostic message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace distill::config
