// Splits image references; the registry rule is Docker's: the first path component is a registry when it
// contains '.' or ':' or is "localhost". Also says what makes a reference invalid, as BuildKit parses it.
#include "syntax/image_ref.h"

#include <algorithm>

namespace distill::syntax {

ImageRef parse_image_ref(std::string_view text) {
  ImageRef ref;
  ref.text = std::string(text);
  ref.has_variables = text.find('$') != std::string_view::npos;
  std::string_view rest = text;
  if (auto at = rest.find('@'); at != std::string_view::npos) {
    ref.digest = std::string(rest.substr(at + 1));
    rest = rest.substr(0, at);
  }
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    std::string_view first = rest.substr(0, slash);
    if (first.find_first_of(".:") != std::string_view::npos || first == "localhost") {
      ref.registry = std::string(first);
      rest = rest.substr(slash + 1);
    }
  }
  // A tag is after the last ':' that follows the last '/'.
  auto last_slash = rest.rfind('/');
  auto colon = rest.rfind(':');
  if (colon != std::string_view::npos && (last_slash == std::string_view::npos || colon > last_slash)) {
    ref.tag = std::string(rest.substr(colon + 1));
    rest = rest.substr(0, colon);
  }
  ref.repository = std::string(rest);
  return ref;
}

namespace {

// ASCII only, whatever the locale: references are ASCII.
bool is_lower_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool is_word(char c) {
  return is_lower_alnum(c) || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_alnum(char c) {
  return is_word(c) && c != '_';
}
bool is_lower_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

// path-component: [a-z0-9]+ joined by one separator: '.', '_', "__" or any run of '-'.
bool is_path_component(std::string_view s) {
  size_t i = 0;
  while (true) {
    size_t start = i;
    while (i < s.size() && is_lower_alnum(s[i])) ++i;
    if (i == start) return false;
    if (i == s.size()) return true;
    if (s[i] == '.') {
      ++i;
    } else if (s[i] == '_') {
      i += s.substr(i, 2) == "__" ? 2 : 1;
    } else if (s[i] == '-') {
      while (i < s.size() && s[i] == '-') ++i;
    } else {
      return false;
    }
  }
}

// domain: host[:port], host being dot-separated [a-zA-Z0-9-] labels (no '-' at either end) or [ipv6].
bool is_domain(std::string_view s) {
  std::string_view host = s;
  if (!s.empty() && s.front() == '[') {
    size_t close = s.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    for (char c : s.substr(1, close - 1)) {
      if (!is_lower_hex(c) && !(c >= 'A' && c <= 'F') && c != ':') return false;
    }
    host = {};
    s.remove_prefix(close + 1);
  } else {
    size_t colon = s.find(':');
    host = s.substr(0, colon);
    s = colon == std::string_view::npos ? std::string_view{} : s.substr(colon);
    size_t label_start = 0;
    for (size_t i = 0; i <= host.size(); ++i) {
      if (i < host.size() && host[i] != '.') {
        if (!is_alnum(host[i]) && host[i] != '-') return false;
        continue;
      }
      std::string_view label = host.substr(label_start, i - label_start);
      if (label.empty() || label.front() == '-' || label.back() == '-') return false;
      label_start = i + 1;
    }
  }
  if (s.empty()) return true;
  if (s.front() != ':' || s.size() == 1) return false;
  for (char c : s.substr(1)) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<std::string> digest_problem(std::string_view digest) {
  size_t colon = digest.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == digest.size())
    return "the digest '" + std::string(digest) + "' is not <algorithm>:<hex>";
  std::string_view algorithm = digest.substr(0, colon), hex = digest.substr(colon + 1);
  size_t length = algorithm == "sha256" ? 64 : algorithm == "sha384" ? 96 : algorithm == "sha512" ? 128 : 0;
  if (length == 0) return "the digest algorithm '" + std::string(algorithm) + "' is not supported";
  if (hex.size() != length || !std::all_of(hex.begin(), hex.end(), is_lower_hex))
    return "a " + std::string(algorithm) + " digest is " + std::to_string(length) + " lower-case hex digits";
  return std::nullopt;
}

}  // namespace

std::optional<std::string> image_reference_problem(std::string_view text) {
  if (text.empty()) return "the image name is empty";
  if (text.size() == 64 && std::all_of(text.begin(), text.end(), is_lower_hex))
    return "a 64-digit hex string is an image ID, not a reference";
  std::string_view rest = text;
  std::optional<std::string_view> digest;
  if (size_t at = rest.find('@'); at != std::string_view::npos) {
    digest = rest.substr(at + 1);
    rest = rest.substr(0, at);
  }
  std::optional<std::string_view> tag;
  size_t last_slash = rest.rfind('/');
  if (size_t colon = rest.rfind(':');
      colon != std::string_view::npos && (last_slash == std::string_view::npos || colon > last_slash)) {
    tag = rest.substr(colon + 1);
    rest = rest.substr(0, colon);
  }
  // Docker's domain rule, as BuildKit applies it: a first component with '.' or ':', "localhost", or any
  // upper-case letter is a registry.
  std::string_view path = rest;
  if (size_t slash = rest.find('/'); slash != std::string_view::npos) {
    std::string_view first = rest.substr(0, slash);
    bool upper = std::any_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (first.find_first_of(".:") != std::string_view::npos || first == "localhost" || upper) {
      if (!is_domain(first)) return "'" + std::string(first) + "' is not a valid registry host";
      path = rest.substr(slash + 1);
    }
  }
  if (std::any_of(path.begin(), path.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return "the repository name '" + std::string(path) + "' must be lower case";
  size_t begin = 0;
  while (true) {
    size_t slash = path.find('/', begin);
    if (!is_path_component(path.substr(begin, slash - begin)))
      return "'" + std::string(path) + "' is not a valid repository name";
    if (slash == std::string_view::npos) break;
    begin = slash + 1;
  }
  if (tag) {
    if (tag->empty()) return "the tag after ':' is empty";
    if (tag->size() > 128 || !is_word(tag->front()) ||
        !std::all_of(tag->begin(), tag->end(), [](char c) { return is_word(c) || c == '.' || c == '-'; }))
      return "'" + std::string(*tag) + "' is not a valid tag";
  }
  if (rest.size() > 255) return "the image name is longer than 255 characters";
  if (digest) return digest_problem(*digest);
  return std::nullopt;
}

}  // namespace distill::syntax
