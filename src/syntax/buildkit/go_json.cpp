// Decides JSON exec form the way BuildKit's parseJSON does with Go's encoding/json.
#include "syntax/buildkit/go_json.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "syntax/buildkit/go_unicode.h"

namespace distill::syntax::buildkit {

namespace {

constexpr std::size_t max_depth = 10000;  // Go's scanner rejects deeper nesting as a syntax error

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits after "\u" at s[pos]; -1 when absent.
int32_t read_u4(std::string_view s, std::size_t pos) {
  if (pos + 6 > s.size() || s[pos] != '\\' || s[pos + 1] != 'u') return -1;
  int32_t v = 0;
  for (std::size_t i = pos + 2; i < pos + 6; ++i) {
    int h = hex_value(s[i]);
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

class Reader {
 public:
  explicit Reader(std::string_view s) : s_(s) {}

  void skip_space() {
    while (pos_ < s_.size() && is_json_space(s_[pos_])) ++pos_;
  }
  bool at_end() const { return pos_ >= s_.size(); }
  char peek() const { return s_[pos_]; }
  bool consume(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  // A string starting at '"'; decoded into *out when out is not null.
  bool string(std::string* out) {
    if (!consume('"')) return false;
    while (pos_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (!escape(out)) return false;
        continue;
      }
      if (c < 0x80) {
        if (out) out->push_back(static_cast<char>(c));
        ++pos_;
        continue;
      }
      auto [r, w] = decode_rune(s_, pos_);
      if (out) append_rune(*out, r);  // invalid bytes decode to U+FFFD, as Go's unquote writes them
      pos_ += w;
    }
    return false;
  }

  bool number() {
    const std::size_t start = pos_;
    consume('-');
    if (consume('0')) {
    } else if (!digits()) {
      return false;
    }
    if (consume('.') && !digits()) return false;
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (!consume('+')) consume('-');
      if (!digits()) return false;
    }
    // Go decodes numbers into float64; one out of range fails the whole Unmarshal (not as a syntax error,
    // but BuildKit treats every failure other than "not all strings" alike: shell form).
    const std::string literal(s_.substr(start, pos_ - start));
    if (std::isinf(std::strtod(literal.c_str(), nullptr))) number_overflow_ = true;
    return true;
  }

  bool number_overflow() const { return number_overflow_; }

 private:
  bool digits() {
    std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }

  bool escape(std::string* out) {
    if (pos_ + 1 >= s_.size()) return false;
    const char e = s_[pos_ + 1];
    char decoded = 0;
    switch (e) {
      case '"':
        decoded = '"';
        break;
      case '\\':
        decoded = '\\';
        break;
      case '/':
        decoded = '/';
        break;
      case 'b':
        decoded = '\b';
        break;
      case 'f':
        decoded = '\f';
        break;
      case 'n':
        decoded = '\n';
        break;
      case 'r':
        decoded = '\r';
        break;
      case 't':
        decoded = '\t';
        break;
      case 'u': {
        int32_t r = read_u4(s_, pos_);
        if (r < 0) return false;
        pos_ += 6;
        if (r >= 0xD800 && r < 0xE000) {
          // Go pairs a high surrogate with a following \u low surrogate; anything else is U+FFFD and the
          // following escape is left for the next round.
          int32_t r2 = read_u4(s_, pos_);
          if (r < 0xDC00 && r2 >= 0xDC00 && r2 < 0xE000) {
            pos_ += 6;
            r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00);
          } else {
            r = rune_error;
          }
        }
        if (out) append_rune(*out, static_cast<char32_t>(r));
        return true;
      }
      default:
        return false;
    }
    if (out) out->push_back(decoded);
    pos_ += 2;
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  bool number_overflow_ = false;
};

// Validates any JSON value iteratively (arrays and objects can nest 10000 deep) without decoding it.
bool skip_value(Reader& in, std::size_t depth) {
  // Each frame remembers whether it is an object and whether it expects a key next.
  struct Frame {
    bool object;
  };
  std::vector<Frame> stack;
  auto open = [&](bool object) {
    if (depth + stack.size() + 1 > max_depth) return false;
    stack.push_back({object});
    return true;
  };
  for (;;) {
    // parse one value
    in.skip_space();
    if (in.at_end()) return false;
    const char c = in.peek();
    bool opened = false;
    if (c == '[' || c == '{') {
      in.consume(c);
      if (!open(c == '{')) return false;
      in.skip_space();
      if (in.consume(c == '[' ? ']' : '}')) {
        stack.pop_back();
      } else {
        opened = true;
        if (c == '{') {
          if (!in.string(nullptr)) return false;
          in.skip_space();
          if (!in.consume(':')) return false;
        }
      }
    } else if (c == '"') {
      if (!in.string(nullptr)) return false;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      if (!in.number()) return false;
    } else if (!in.literal("true") && !in.literal("false") && !in.literal("null")) {
      return false;
    }
    if (opened) continue;
    // after a value: close containers or move to the next element
    for (;;) {
      if (stack.empty()) return true;
      in.skip_space();
      const bool object = stack.back().object;
      if (in.consume(',')) {
        if (object) {
          in.skip_space();
          if (!in.string(nullptr)) return false;
          in.skip_space();
          if (!in.consume(':')) return false;
        }
        break;
      }
      if (in.consume(object ? '}' : ']')) {
        stack.pop_back();
        continue;
      }
      return false;
    }
  }
}

}  // namespace

JsonArray parse_json_array(std::string_view text) {
  JsonArray result;
  text = trim_left_space(text);
  if (text.empty() || text.front() != '[') return result;

  // First pass: Go validates the whole input before decoding anything.
  Reader check(text);
  if (!skip_value(check, 0)) return result;
  check.skip_space();
  if (!check.at_end() || check.number_overflow()) return result;

  Reader in(text);
  in.consume('[');
  in.skip_space();
  bool all_strings = true;
  if (!in.consume(']')) {
    for (;;) {
      in.skip_space();
      if (in.peek() == '"') {
        std::string item;
        in.string(&item);
        result.items.push_back(std::move(item));
      } else {
        all_strings = false;
        skip_value(in, 1);
      }
      in.skip_space();
      if (in.consume(']')) break;
      in.consume(',');
    }
  }
  result.kind = all_strings ? JsonArrayKind::string_array : JsonArrayKind::not_string_array;
  if (!all_strings) result.items.clear();
  return result;
}

}  // namespace distill::syntax::buildkit
