// Puts discovery, parsing and compilation together in the documented order of precedence, so the CLI and the
// LSP cannot disagree about what a config means.
#include "config/load.h"

#include <algorithm>
#include <tuple>

#include "config/discovery.h"
#include "config/parse.h"

namespace distill::config {

namespace {

// Which file to read and whether the user named it (a named file that cannot be read is fatal).
struct Choice {
  std::optional<std::filesystem::path> path;
  bool named = false;
  std::string named_by;  // how the user named it, for the fatal message
};

Choice choose(const LoadRequest& request) {
  if (request.explicit_path) return {request.explicit_path, true, "--config"};
  if (request.cli.config_path) return {std::filesystem::path(*request.cli.config_path), true, "--config"};
  if (auto path = config_path_from_environment(request.env)) {
    return {std::filesystem::path(*path), true, "DISTILL_CONFIG"};
  }
  return {find_config_file(request.start_dir, request.env), false, ""};
}

}  // namespace

LoadResult load(const LoadRequest& request) {
  LoadResult result;
  core::DiskFileSystem disk;
  const core::FileSystem& files = request.files ? *request.files : disk;

  auto choice = choose(request);
  if (choice.path) {
    std::string path = choice.path->string();
    auto text = files.read(path);
    if (!text) {
      if (choice.named) {
        result.fatal = "cannot read config file " + path + " (named by " + choice.named_by +
                       "): " + text.error().message;
      } else {
        result.diagnostics.push_back(Diagnostic{"cannot read config file: " + text.error().message, path});
      }
    } else {
      size_t first = result.diagnostics.size();
      auto fragment = parse_fragment(*text, path, result.diagnostics);
      compile(fragment, request.is_known_rule, result.config, result.diagnostics);
      // Structure and meaning are checked in two passes; the user reads the file top to bottom.
      std::stable_sort(result.diagnostics.begin() + static_cast<std::ptrdiff_t>(first),
                       result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                       });
      result.config.sources.push_back(path);
    }
  }
  compile(fragment_from_environment(request.env, result.diagnostics), request.is_known_rule, result.config,
          result.diagnostics);
  compile(fragment_from_cli(request.cli, result.diagnostics), request.is_known_rule, result.config,
          result.diagnostics);
  return result;
}

}  // namespace distill::config
