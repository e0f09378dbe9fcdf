// The ARG/ENV variables visible at one point of a Dockerfile, keeping "declared but unset" apart from
// "empty".
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/variables/expansion.h"

namespace distill::syntax::variables {

class Scope {
 public:
  struct Entry {
    std::string name;
    std::optional<std::string> value;  // nullopt: declared (`ARG FOO`) without a value
  };

  // Sets a value; a name seen before keeps its place in the order.
  void set(std::string name, std::string value);
  // Declares a name without a value (`ARG FOO`); an existing value is kept, as a bare re-declaration adds
  // none.
  void declare(std::string name);

  std::optional<std::string> get(std::string_view name) const;  // nullopt when unset or merely declared
  bool contains(std::string_view name) const;                   // declared or set
  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  const std::vector<Entry>& entries() const { return entries_; }  // in order of first declaration

  // A Lookup reading this scope; it refers to the scope, which must outlive it.
  Lookup lookup() const;

 private:
  std::optional<size_t> find(std::string_view name) const;
  void add(std::string name, std::optional<std::string> value);

  std::vector<Entry> entries_;
  std::map<std::string, size_t, std::less<>> index_;  // empty until the scope is large
};

}  // namespace distill::syntax::variables
