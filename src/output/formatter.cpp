// The one explicit list of output formats: --format names map to factories here and nowhere else.
#include "output/formatter.h"

#include <utility>

#include "output/formats.h"

namespace distill::output {
namespace {

using Factory = std::unique_ptr<Formatter> (*)(std::ostream&, const RuleCatalog&, const FormatOptions&);

struct Entry {
  std::string_view name;
  Factory factory;
};

// tty first: it is the default. Order is what `distill --help` lists.
constexpr Entry kFormats[] = {
    {"tty", make_tty_formatter},       {"json", make_json_formatter},
    {"sarif", make_sarif_formatter},   {"checkstyle", make_checkstyle_formatter},
    {"gnu", make_gnu_formatter},       {"codeclimate", make_codeclimate_formatter},
    {"gitlab", make_gitlab_formatter}, {"junit", make_junit_formatter},
    {"github", make_github_formatter},
};

// hadolint's spellings, accepted so existing CI configs keep working; not listed in format_names().
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"gitlab_codeclimate", "gitlab"},
};

}  // namespace

const std::vector<std::string_view>& format_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> result;
    for (const auto& entry : kFormats) result.push_back(entry.name);
    return result;
  }();
  return names;
}

std::unique_ptr<Formatter> make_formatter(std::string_view name, std::ostream& out, const RuleCatalog& rules,
                                          const FormatOptions& options) {
  for (const auto& [alias, target] : kAliases) {
    if (name == alias) name = target;
  }
  for (const auto& entry : kFormats) {
    if (entry.name == name) return entry.factory(out, rules, options);
  }
  return nullptr;
}

}  // namespace distill::output
