// Splits image references; the registry rule is Docker's: the first path component is a registry when it
// contains '.' or ':' or is "localhost".
#include "syntax/image_ref.h"

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

}  // namespace distill::syntax
