// FROM lines see only global ARGs (those before the first FROM) and the predefined platform ARGs.
#include "syntax/stages.h"

#include <cctype>

#include "core/text.h"
#include "syntax/variable_scope.h"

namespace distill::syntax {
namespace {}  // namespace

void link_stages(Dockerfile& file) {
  for (Stage& stage : file.stages) {
    const Instruction& from = stage.from();
    if (const Flag* platform = from.flag("platform"); platform && platform->value)
      stage.platform = platform->value;
    if (from.args.empty()) continue;
    stage.base = parse_image_ref(from.args[0].text);
    stage.resolved_base = parse_image_ref(expand_in_from(file, from.args[0].text));
    if (from.args.size() >= 3 && core::iequals(from.args[1].text, "AS")) {
      stage.alias = core::to_lower(from.args[2].text);
      stage.alias_range = from.args[2].range;
    }
    stage.parent = file.find_stage(stage.resolved_base.text, stage.index);
  }
}

}  // namespace distill::syntax
