// The value readers BuildKit applies to instruction flags and arguments (Go's time.ParseDuration and
// strconv.ParseInt, and its EXPOSE port-spec reader), so DI0025 knows which values stop a build and can say
// so in the words BuildKit uses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"

namespace distill::rules::buildkit {

// Go's %q of an ASCII string: quotes around it, with backslash and quote escaped.
inline std::string go_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// time.ParseDuration: the duration in nanoseconds, or nullopt with Go's error message in `error`.
// Long double is exact enough: only overflow past ~292 years depends on the last digits.
inline std::optional<long double> parse_go_duration(std::string_view text, std::string& error) {
  const std::string quoted = go_quote(text);
  std::string_view s = text;
  bool negative = false;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s == "0") return 0.0L;
  auto invalid = [&] {
    error = "time: invalid duration " + quoted;
    return std::nullopt;
  };
  if (s.empty()) return invalid();
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  long double total = 0;
  while (!s.empty()) {
    if (s.front() != '.' && !digit(s.front())) return invalid();
    long double value = 0;
    size_t i = 0;
    while (i < s.size() && digit(s[i])) value = value * 10 + (s[i++] - '0');
    bool before_point = i > 0;
    bool after_point = false;
    long double scale = 1;
    if (i < s.size() && s[i] == '.') {
      ++i;
      for (; i < s.size() && digit(s[i]); ++i, after_point = true) {
        scale /= 10;
        value += (s[i] - '0') * scale;
      }
    }
    if (!before_point && !after_point) return invalid();
    s.remove_prefix(i);
    size_t unit_size = 0;
    while (unit_size < s.size() && s[unit_size] != '.' && !digit(s[unit_size])) ++unit_size;
    if (unit_size == 0) {
      error = "time: missing unit in duration " + quoted;
      return std::nullopt;
    }
    std::string_view unit = s.substr(0, unit_size);
    s.remove_prefix(unit_size);
    long double nanoseconds = 0;
    if (unit == "ns") nanoseconds = 1;
    // "µs" is written with MICRO SIGN (U+00B5) or GREEK SMALL LETTER MU (U+03BC); Go takes both.
    else if (unit == "us" || unit == "\xc2\xb5s" || unit == "\xce\xbcs")
      nanoseconds = 1e3L;
    else if (unit == "ms")
      nanoseconds = 1e6L;
    else if (unit == "s")
      nanoseconds = 1e9L;
    else if (unit == "m")
      nanoseconds = 60e9L;
    else if (unit == "h")
      nanoseconds = 3600e9L;
    else {
      error = "time: unknown unit " + go_quote(unit) + " in duration " + quoted;
      return std::nullopt;
    }
    total += value * nanoseconds;
    if (total > 9223372036854775807.0L) return invalid();
  }
  return negative ? -total : total;
}

// strconv.ParseInt(text, 10, 32): the number, or nullopt with Go's error message in `error`.
inline std::optional<int64_t> parse_go_int32(std::string_view text, std::string& error) {
  std::string_view digits = text;
  bool negative = false;
  if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
    negative = digits.front() == '-';
    digits.remove_prefix(1);
  }
  const std::string prefix = "strconv.ParseInt: parsing " + go_quote(text) + ": ";
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    error = prefix + "invalid syntax";
    return std::nullopt;
  }
  int64_t value = 0;
  for (char c : digits) {
    value = value * 10 + (c - '0');
    if (value > int64_t{1} << 31) break;  // past both limits; stop before int64 could overflow
  }
  if (negative) value = -value;
  if (value > INT32_MAX || value < INT32_MIN) {
    error = prefix + "value out of range";
    return std::nullopt;
  }
  return value;
}

// A port or port range as EXPOSE reads it ("80", "8000-8010"): first and last port, or nullopt.
// `too_big` is set when it failed only because a number is above 65535.
inline std::optional<std::pair<uint32_t, uint32_t>> parse_port_range(std::string_view text, bool& too_big) {
  auto port = [&](std::string_view digits) -> std::optional<uint32_t> {
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos)
      return std::nullopt;
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    uint32_t value = 0;
    for (char c : digits.substr(0, 6)) value = value * 10 + static_cast<uint32_t>(c - '0');
    if (digits.size() > 5 || value > 65535) {
      too_big = true;
      return std::nullopt;
    }
    return value;
  };
  size_t dash = text.find('-');
  if (dash == std::string_view::npos) {
    auto single = port(text);
    if (!single) return std::nullopt;
    return std::pair{*single, *single};
  }
  if (text.find('-', dash + 1) != std::string_view::npos) return std::nullopt;
  auto first = port(text.substr(0, dash));
  auto last = first ? port(text.substr(dash + 1)) : std::nullopt;
  if (!first || !last) return std::nullopt;
  if (*last < *first) {
    too_big = false;
    return std::nullopt;
  }
  return std::pair{*first, *last};
}

// Why BuildKit's EXPOSE refuses one port spec ([ip:][host-port:]container-port[/protocol], variables already
// expanded), or nullopt when it takes it. Left to other rules: a container port above 65535 in a spec without
// host part (DL3011), and the IP address (DI0019 flags any IP in EXPOSE).
inline std::optional<std::string> port_spec_error(std::string_view spec) {
  std::string_view host_port, container = spec;
  if (size_t last = spec.rfind(':'); last != std::string_view::npos) {
    container = spec.substr(last + 1);
    size_t before = last == 0 ? std::string_view::npos : spec.rfind(':', last - 1);
    host_port =
        before == std::string_view::npos ? spec.substr(0, last) : spec.substr(before + 1, last - before - 1);
  }
  std::string_view raw_container = container;
  std::string protocol;
  if (size_t slash = container.find('/'); slash != std::string_view::npos) {
    protocol = core::to_lower(container.substr(slash + 1));
    container = container.substr(0, slash);
  }
  if (container.empty()) return "no port specified: " + std::string(raw_container) + "<empty>";
  if (!protocol.empty() && protocol != "tcp" && protocol != "udp" && protocol != "sctp") {
    return "invalid proto: " + protocol;
  }
  bool too_big = false;
  auto ports = parse_port_range(container, too_big);
  if (!ports) {
    if (too_big && spec.find(':') == std::string_view::npos) return std::nullopt;  // DL3011's
    return "invalid containerPort: " + std::string(container);
  }
  if (host_port.empty()) return std::nullopt;
  auto hosts = parse_port_range(host_port, too_big);
  if (!hosts) return "invalid hostPort: " + std::string(host_port);
  // A host range may differ in size only from a single container port.
  if (ports->second - ports->first != hosts->second - hosts->first && ports->first != ports->second) {
    return "invalid ranges specified for container and host Ports: " + std::string(container) + " and " +
           std::string(host_port);
  }
  return std::nullopt;
}

}  // namespace distill::rules::buildkit
