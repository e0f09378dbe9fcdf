// What a FROM image says about the stack: the language and its version, the Debian suite (or Alpine) and
// the tag's other words, read from the tag the way the official images name their variants.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rewrite/catalog.h"
#include "syntax/image_ref.h"

namespace distill::rewrite {

struct BaseImage {
  syntax::ImageRef ref;
  Stack stack = Stack::kUnsupported;
  SuiteTagStyle suite_tag = SuiteTagStyle::kNone;
  std::string version;               // "3.11", "18", "17" (Java major), "1.19"; "" when the tag floats
  std::vector<std::string> variant;  // the tag's other words: {"slim"}, {"jdk"}
  std::optional<std::string> suite;  // "debian12" when the tag names a suite (bookworm, jammy, 12)
  bool alpine = false;
  bool distroless = false;  // already a distroless (or scratch) image
};

BaseImage classify_base(const syntax::ImageRef& ref, const Catalog& catalog);

// The builder reference pinned to `codename` with `version`, keeping the registry and the tag's other words;
// an Alpine tag becomes the Debian slim variant.
std::string builder_reference(const BaseImage& base, const std::string& version, const std::string& codename);

}  // namespace distill::rewrite
