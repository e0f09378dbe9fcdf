// Errors as values at module edges: a Result<T> holds either a T or an Error with a source location.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

namespace distill::core {

// Where an error points. line and column are 1-based; 0 means "unknown / whole file".
struct Error {
  std::string message;
  std::string path;
  uint32_t line = 0;
  uint32_t column = 0;

  // "path:line:col: message", leaving out the parts that are unknown.
  std::string describe() const;
};

template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor): errors as values
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace distill::core
