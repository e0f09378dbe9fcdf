// Tags are words joined by '-': a version first (3.11.4, 18, 1.19), then variants (slim, alpine3.19, jdk,
// bookworm). Java builders carry the JDK major inside (maven:3.9-eclipse-temurin-17, gradle:8-jdk21).
#include "rewrite/base_image.h"

#include <cctype>

namespace distill::rewrite {

namespace {

std::vector<std::string> split_tag(const std::string& tag) {
  std::vector<std::string> words;
  size_t at = 0;
  while (at <= tag.size()) {
    size_t dash = tag.find('-', at);
    if (dash == std::string::npos) dash = tag.size();
    words.push_back(tag.substr(at, dash - at));
    at = dash + 1;
  }
  return words;
}

bool is_version(const std::string& word) {
  return !word.empty() && std::isdigit(static_cast<unsigned char>(word[0])) &&
         word.find_first_not_of("0123456789.") == std::string::npos;
}

// "3.11.4" -> "3.11" for Python, "18.17.1" -> "18" for Node and Java.
std::string significant_version(const std::string& version, int parts) {
  size_t at = 0;
  for (int i = 0; i < parts; ++i) {
    at = version.find('.', at);
    if (at == std::string::npos) return parts == 2 && version.find('.') == std::string::npos ? "" : version;
    if (i + 1 < parts) ++at;
  }
  return version.substr(0, at);
}

std::string digits_after(const std::string& text, const std::string& marker) {
  size_t at = text.rfind(marker);
  if (at == std::string::npos) return "";
  size_t begin = at + marker.size();
  size_t end = begin;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(begin, end - begin);
}

std::string java_major(const BaseImage& base, const std::string& tag) {
  const std::string& repo = base.ref.repository;
  if (repo.ends_with("maven") || repo.ends_with("gradle")) {
    for (const char* marker :
         {"temurin-", "openjdk-", "corretto-", "jdk-", "jdk", "semeru-", "sapmachine-"}) {
      std::string found = digits_after(tag, marker);
      if (!found.empty()) return found;
    }
    return "";
  }
  std::string first = split_tag(tag).front();
  if (!is_version(first)) {
    // openjdk:jdk-17, eclipse-temurin:jre-21 spell the version after the kind
    std::string found = digits_after(tag, "jdk-");
    return found.empty() ? digits_after(tag, "jre-") : found;
  }
  return first.substr(0, first.find('.'));
}

}  // namespace

BaseImage classify_base(const syntax::ImageRef& ref, const Catalog& catalog) {
  BaseImage base;
  base.ref = ref;
  std::string name = ref.name();
  if (ref.is_scratch() || name.starts_with(catalog.registry() + "/") ||
      name.starts_with("cgr.dev/chainguard/")) {
    base.distroless = true;
    return base;
  }
  // Docker Hub official images may be written library/python or docker.io/library/python.
  std::string repository = ref.repository;
  if (repository.starts_with("library/")) repository = repository.substr(8);
  bool hub = ref.registry.empty() || ref.registry == "docker.io" || ref.registry == "index.docker.io";
  const BuilderRepository* builder = hub ? catalog.builder(repository) : nullptr;
  if (!builder) return base;
  base.stack = builder->stack;
  base.suite_tag = builder->suite_tag;
  std::string tag = ref.tag.value_or("latest");
  auto words = split_tag(tag);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (i == 0 && is_version(word)) continue;
    if (word.starts_with("alpine")) {
      base.alpine = true;
    } else if (auto suite = catalog.suite_for_alias(word); suite && !is_version(word)) {
      base.suite = suite;
    } else if (word != "latest") {
      base.variant.push_back(word);
    }
  }
  std::string first = words.front();
  switch (base.stack) {
    case Stack::kPython:
      base.version = is_version(first) ? significant_version(first, 2) : "";
      break;
    case Stack::kNode:
      base.version = is_version(first) ? first.substr(0, first.find('.')) : "";
      break;
    case Stack::kJava:
      base.version = java_major(base, tag);
      break;
    case Stack::kBinary:
      // debian:12-slim, ubuntu:22.04: the version is the suite
      if (auto suite = catalog.suite_for_alias(first); suite && is_version(first)) base.suite = suite;
      base.version = first;
      break;
    default:
      base.version = is_version(first) ? first : "";
      break;
  }
  return base;
}

std::string builder_reference(const BaseImage& base, const std::string& version,
                              const std::string& codename) {
  std::vector<std::string> words;
  if (!version.empty()) words.push_back(version);
  bool slim = false;
  for (const auto& word : base.variant) {
    if (word == "slim") slim = true;
  }
  for (const auto& word : base.variant) {
    if (word == "slim" && base.suite_tag == SuiteTagStyle::kBeforeSlim) continue;
    words.push_back(word);
  }
  if (base.alpine && !slim) {  // node:18-alpine -> node:18-bookworm-slim: the small Debian variant
    slim = true;
    if (base.suite_tag == SuiteTagStyle::kEnd) words.push_back("slim");
  }
  if (base.suite_tag != SuiteTagStyle::kNone) words.push_back(codename);
  if (base.suite_tag == SuiteTagStyle::kBeforeSlim && slim) words.push_back("slim");
  std::string tag;
  for (const auto& word : words) tag += (tag.empty() ? "" : "-") + word;
  std::string reference =
      base.ref.registry.empty() ? base.ref.repository : base.ref.registry + "/" + base.ref.repository;
  if (!tag.empty()) reference += ":" + tag;
  return reference;
}

}  // namespace distill::rewrite
