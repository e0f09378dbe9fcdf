// Small ASCII text helpers that several areas need (keywords, codes and names are ASCII in Dockerfiles).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace distill::core {

inline char ascii_lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

inline bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                            [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

inline std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

inline std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Without leading and trailing spaces, tabs and carriage returns.
inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "SC2086" (any case): a ShellCheck code, accepted wherever rule names are (config, pragmas, CLI).
inline bool is_shellcheck_code(std::string_view name) {
  return name.size() == 6 && ascii_lower(name[0]) == 's' && ascii_lower(name[1]) == 'c' &&
         std::all_of(name.begin() + 2, name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "DL3033" (any case): a hadolint code, meaningful in shared pragmas even where distill lacks the rule.
inline bool is_hadolint_code(std::string_view name) {
  return name.size() == 6 && ascii_lower(name[0]) == 'd' && ascii_lower(name[1]) == 'l' &&
         std::all_of(name.begin() + 2, name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The pieces of `text` between `separator`s, empty ones included ("a::b" -> "a", "", "b"); a trailing
// separator does not add an empty last piece, so a file's final newline is not an extra line.
inline std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find(separator, at);
    if (end == std::string_view::npos) end = text.size();
    pieces.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return pieces;
}

}  // namespace distill::core
