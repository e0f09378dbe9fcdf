// FROM lines see only global ARGs (those before the first FROM) and the predefined platform ARGs.
#include "syntax/stages.h"

#include <cctype>

#include "syntax/variable_scope.h"

namespace distill::syntax {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

void link_stages(Dockerfile& file) {
  for (Stage& stage : file.stages) {
    const Instruction& from = stage.from();
    if (const Flag* platform = from.flag("platform"); platform && platform->value)
      stage.platform = platform->value;
    if (from.args.empty()) continue;
    stage.base = parse_image_ref(from.args[0].text);
    stage.resolved_base = parse_image_ref(expand_in_from(file, from.args[0].text));
    if (from.args.size() >= 3 && iequals(from.args[1].text, "AS")) {
      stage.alias = lower(from.args[2].text);
      stage.alias_range = from.args[2].range;
    }
    stage.parent = file.find_stage(stage.resolved_base.text, stage.index);
  }
}

}  // namespace distill::syntax
