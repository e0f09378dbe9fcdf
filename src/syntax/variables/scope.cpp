// An insertion-ordered map, because diagnostics and rewrites should list variables in Dockerfile order.
#include "syntax/variables/scope.h"

namespace distill::syntax::variables {

void Scope::set(std::string name, std::string value) {
  if (const auto it = index_.find(name); it != index_.end()) {
    entries_[it->second].value = std::move(value);
    return;
  }
  index_.emplace(name, entries_.size());
  entries_.push_back({std::move(name), std::move(value)});
}

void Scope::declare(std::string name) {
  if (index_.find(name) != index_.end()) return;
  index_.emplace(name, entries_.size());
  entries_.push_back({std::move(name), std::nullopt});
}

std::optional<std::string> Scope::get(std::string_view name) const {
  const auto it = index_.find(name);
  if (it == index_.end()) return std::nullopt;
  return entries_[it->second].value;
}

bool Scope::contains(std::string_view name) const {
  return index_.find(name) != index_.end();
}

Lookup Scope::lookup() const {
  return [this](std::string_view name) { return get(name); };
}

}  // namespace distill::syntax::variables
