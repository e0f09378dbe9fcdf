#include "cli/lint_fix.h"

#include <algorithm>

#include "cli/atomic_write.h"
#include "core/edits.h"
#include "core/line_diff.h"

namespace distill::cli {

namespace {

bool overlaps(const core::Edit& a, const core::Edit& b) {
  if (a.range.begin == b.range.begin) return true;  // two edits at one point: their order would be a guess
  return a.range.begin < b.range.end && b.range.begin < a.range.end;
}

}  // namespace

FixOutcome apply_safe_fixes(const LintRun& run, bool diff_only) {
  FixOutcome out;
  for (size_t index = 0; index < run.files.size(); ++index) {
    const LintedFile& file = run.files[index];
    if (file.path == "-" || !file.source || !file.file || !file.syntax_errors.empty()) continue;
    std::vector<core::Edit> accepted;
    size_t fixes = 0;
    for (const core::Finding& finding : file.findings) {
      if (!finding.fix || finding.fix->applicability != core::Applicability::kSafe ||
          finding.fix->edits.empty())
        continue;
      bool clashes =
          std::any_of(finding.fix->edits.begin(), finding.fix->edits.end(), [&](const core::Edit& e) {
            return std::any_of(accepted.begin(), accepted.end(),
                               [&](const core::Edit& a) { return overlaps(a, e); });
          });
      if (clashes) continue;  // the next run picks it up
      accepted.insert(accepted.end(), finding.fix->edits.begin(), finding.fix->edits.end());
      ++fixes;
    }
    if (accepted.empty()) continue;
    auto fixed = core::apply_edits(file.source->text(), accepted);
    if (!fixed || fixed.value() == file.source->text()) continue;
    if (diff_only) {
      out.diff += core::unified_diff(file.source->text(), fixed.value(), file.path);
    } else if (auto written = atomic_write(file.path, fixed.value(), ""); !written) {
      out.errors.push_back(core::Error{written.error().message, file.path, 0, 0});
      continue;
    }
    out.changed.push_back(index);
    out.fixes_applied += fixes;
  }
  return out;
}

}  // namespace distill::cli
