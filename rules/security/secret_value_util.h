// Literal credentials with a recognisable shape, found by hand-written matchers over the value text. Each
// matcher decides exactly what its ECMAScript pattern (in the comment above it) finds anywhere in the text;
// std::regex would cost more to build and run than linting the whole file.
#pragma once

#include <optional>
#include <string_view>

namespace distill::rules::secret_value {

// \w as std::regex's classic locale has it, and \b between text[at - 1] and text[at].
inline bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool is_alnum(char c) {
  return is_word(c) && c != '_';
}
inline bool is_upper_or_digit(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool is_word_or_dash(char c) {
  return is_word(c) || c == '-';
}
inline bool is_alnum_or_dash(char c) {
  return is_alnum(c) || c == '-';
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline bool boundary(std::string_view text, size_t at) {
  bool before = at > 0 && is_word(text[at - 1]);
  bool after = at < text.size() && is_word(text[at]);
  return before != after;
}

// How many characters from `at` on satisfy `in_class`.
template <typename Class>
size_t run(std::string_view text, size_t at, Class in_class) {
  size_t end = at;
  while (end < text.size() && in_class(text[end])) ++end;
  return end - at;
}

// \b<prefix>[class]{min,}<\b when exact>: a literal prefix at a word boundary, then a run of class
// characters — at least `min`, or exactly `min` followed by a boundary when `exact`. The classes are runs of
// word characters (and '-'), so the longest run decides every case the regex could backtrack to.
template <typename Class>
bool prefixed_token(std::string_view text, std::string_view prefix, Class in_class, size_t min, bool exact) {
  for (size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
    if (!boundary(text, at)) continue;
    size_t body = at + prefix.size();
    size_t length = run(text, body, in_class);
    if (length < min) continue;
    if (!exact || boundary(text, body + min)) return true;
  }
  return false;
}

// \b(AKIA|ASIA)[0-9A-Z]{16}\b
inline bool aws_access_key_id(std::string_view text) {
  return prefixed_token(text, "AKIA", is_upper_or_digit, 16, true) ||
         prefixed_token(text, "ASIA", is_upper_or_digit, 16, true);
}

// -----BEGIN ([A-Z]+ )*PRIVATE KEY-----
inline bool private_key(std::string_view text) {
  constexpr std::string_view kBegin = "-----BEGIN ", kEnd = "PRIVATE KEY-----";
  for (size_t at = text.find(kBegin); at != std::string_view::npos; at = text.find(kBegin, at + 1)) {
    size_t word = at + kBegin.size();
    while (true) {
      if (text.substr(word, kEnd.size()) == kEnd) return true;
      size_t length = run(text, word, [](char c) { return c >= 'A' && c <= 'Z'; });
      if (length == 0 || word + length >= text.size() || text[word + length] != ' ') break;
      word += length + 1;
    }
  }
  return false;
}

// \b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b  and  \bgithub_pat_[A-Za-z0-9_]{22,}\b
inline bool github_token(std::string_view text) {
  for (std::string_view prefix : {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
    if (prefixed_token(text, prefix, is_alnum, 36, true)) return true;
  }
  return false;
}
inline bool github_fine_grained_token(std::string_view text) {
  // The run of word characters is followed by a non-word character (or the end), so \b always holds.
  return prefixed_token(text, "github_pat_", is_word, 22, false);
}

// \bglpat-[A-Za-z0-9_-]{20,}
inline bool gitlab_token(std::string_view text) {
  return prefixed_token(text, "glpat-", is_word_or_dash, 20, false);
}

// \bxox[abprs]-[A-Za-z0-9-]{10,}
inline bool slack_token(std::string_view text) {
  for (std::string_view prefix : {"xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-"}) {
    if (prefixed_token(text, prefix, is_alnum_or_dash, 10, false)) return true;
  }
  return false;
}

// \b[sr]k_live_[A-Za-z0-9]{20,}
inline bool stripe_live_key(std::string_view text) {
  return prefixed_token(text, "sk_live_", is_alnum, 20, false) ||
         prefixed_token(text, "rk_live_", is_alnum, 20, false);
}

// \bAIza[0-9A-Za-z_-]{35}\b
inline bool google_api_key(std::string_view text) {
  return prefixed_token(text, "AIza", is_word_or_dash, 35, true);
}

// \bnpm_[A-Za-z0-9]{36}\b
inline bool npm_token(std::string_view text) {
  return prefixed_token(text, "npm_", is_alnum, 36, true);
}

// \bsk-(proj-|ant-)?[A-Za-z0-9_-]{32,}: "proj-" and "ant-" are themselves class characters, so the optional
// group only shortens a run that already qualifies without it.
inline bool api_secret_key(std::string_view text) {
  return prefixed_token(text, "sk-", is_word_or_dash, 32, false);
}

// [A-Za-z][A-Za-z0-9+.-]*://[^/\s:@$]+:[^/\s@$]+@ — a scheme, then user:password@ with the password written
// out (not a $VARIABLE).
inline bool url_with_password(std::string_view text) {
  auto scheme_char = [](char c) { return is_alnum(c) || c == '+' || c == '.' || c == '-'; };
  for (size_t at = text.find("://"); at != std::string_view::npos; at = text.find("://", at + 1)) {
    // Some letter must start the scheme: any letter in the run of scheme characters before "://" can.
    bool has_letter = false;
    for (size_t i = at; i > 0 && scheme_char(text[i - 1]); --i) {
      char c = text[i - 1];
      has_letter = has_letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (!has_letter) continue;
    size_t user = at + 3;
    size_t user_length =
        run(text, user, [](char c) { return c != '/' && !is_space(c) && c != ':' && c != '@' && c != '$'; });
    size_t colon = user + user_length;
    if (user_length == 0 || colon >= text.size() || text[colon] != ':') continue;
    size_t password_length =
        run(text, colon + 1, [](char c) { return c != '/' && !is_space(c) && c != '@' && c != '$'; });
    size_t end = colon + 1 + password_length;
    if (password_length > 0 && end < text.size() && text[end] == '@') return true;
  }
  return false;
}

// What the value holds, in the order the patterns were always tried; nullopt when nothing matches.
inline std::optional<std::string_view> looks_secret(std::string_view value) {
  if (aws_access_key_id(value)) return "an AWS access key id";
  if (private_key(value)) return "a private key";
  if (github_token(value) || github_fine_grained_token(value)) return "a GitHub token";
  if (gitlab_token(value)) return "a GitLab token";
  if (slack_token(value)) return "a Slack token";
  if (stripe_live_key(value)) return "a Stripe live key";
  if (google_api_key(value)) return "a Google API key";
  if (npm_token(value)) return "an npm token";
  if (api_secret_key(value)) return "an API secret key";
  if (url_with_password(value)) return "a URL with a password";
  return std::nullopt;
}

}  // namespace distill::rules::secret_value
