// An insertion-ordered map, because diagnostics and rewrites should list variables in Dockerfile order.
// Scopes are small and copied often (one per instruction that expands a word), so the name index is only
// built once a scope grows past a handful of entries; below that a scan is cheaper than the tree.
#include "syntax/variables/scope.h"

namespace distill::syntax::variables {

namespace {
constexpr size_t kIndexFrom = 32;
}  // namespace

std::optional<size_t> Scope::find(std::string_view name) const {
  if (!index_.empty()) {
    const auto it = index_.find(name);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  for (size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].name == name) return i;
  }
  return std::nullopt;
}

void Scope::add(std::string name, std::optional<std::string> value) {
  if (!index_.empty()) {
    index_.emplace(name, entries_.size());
  } else if (entries_.size() + 1 >= kIndexFrom) {
    for (size_t i = 0; i < entries_.size(); ++i) index_.emplace(entries_[i].name, i);
    index_.emplace(name, entries_.size());
  }
  entries_.push_back({std::move(name), std::move(value)});
}

void Scope::set(std::string name, std::string value) {
  if (const auto at = find(name)) {
    entries_[*at].value = std::move(value);
    return;
  }
  add(std::move(name), std::move(value));
}

void Scope::declare(std::string name) {
  if (find(name)) return;
  add(std::move(name), std::nullopt);
}

std::optional<std::string> Scope::get(std::string_view name) const {
  const auto at = find(name);
  if (!at) return std::nullopt;
  return entries_[*at].value;
}

bool Scope::contains(std::string_view name) const {
  return find(name).has_value();
}

Lookup Scope::lookup() const {
  return [this](std::string_view name) { return get(name); };
}

}  // namespace distill::syntax::variables
