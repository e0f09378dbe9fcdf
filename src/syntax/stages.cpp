// FROM lines see only global ARGs (those before the first FROM) and the predefined platform ARGs.
#include "syntax/stages.h"

#include <cctype>
#include <optional>

#include "core/text.h"
#include "syntax/variable_scope.h"

namespace distill::syntax {

void link_stages(Dockerfile& file) {
  // Global ARGs are all before the first FROM, so every FROM line sees the same scope; built only when a
  // FROM line has something to expand.
  std::optional<variables::Scope> globals;
  for (Stage& stage : file.stages) {
    const Instruction& from = stage.from();
    if (const Flag* platform = from.flag("platform"); platform && platform->value)
      stage.platform = platform->value;
    if (from.args.empty()) continue;
    stage.base = parse_image_ref(from.args[0].text);
    const std::string& written = from.args[0].text;
    if (expands_to_itself(written, file.escape)) {
      stage.resolved_base = stage.base;
    } else {
      if (!globals) globals = from_scope(file);
      stage.resolved_base = parse_image_ref(expand_with(*globals, written, file.escape));
    }
    if (from.args.size() >= 3 && core::iequals(from.args[1].text, "AS")) {
      stage.alias = core::to_lower(from.args[2].text);
      stage.alias_range = from.args[2].range;
    }
    stage.parent = file.find_stage(stage.resolved_base.text, stage.index);
  }
}

}  // namespace distill::syntax
