#include "lsp/analysis.h"

#include <filesystem>

#include "config/load.h"
#include "core/file_system.h"
#include "lint/context_ignore.h"
#include "lint/engine.h"
#include "lint/registry.h"
#include "syntax/parser.h"

namespace distill::lsp {

Analysis analyze(const std::string& path, std::string text, const config::Environment& environment) {
  Analysis out;
  std::error_code ec;
  std::filesystem::path folder =
      path.empty() ? std::filesystem::current_path(ec) : std::filesystem::path(path).parent_path();
  config::LoadRequest request;
  request.start_dir = folder;
  request.env = environment;
  request.is_known_rule = [](std::string_view name) { return lint::find_rule(name) != nullptr; };
  config::LoadResult loaded = config::load(request);
  for (const config::Diagnostic& d : loaded.diagnostics) {
    out.problems.push_back(
        {core::Error{d.message, d.path, d.line, d.column}.describe(), {0, 0}, "distill config"});
  }
  if (loaded.fatal) out.problems.push_back({*loaded.fatal, {0, 0}, "distill config"});

  syntax::Parser parser;
  auto parsed = parser.parse(core::SourceText(path.empty() ? "Dockerfile" : path, std::move(text)));
  if (!parsed) {
    out.problems.push_back({parsed.error().message, {0, 0}, "distill"});
    return out;
  }
  out.file.emplace(std::move(parsed.value()));
  for (const syntax::SyntaxError& e : out.file->errors)
    out.problems.push_back({e.message, e.range, "distill"});
  core::DiskFileSystem disk;
  std::optional<lint::ContextIgnore> ignore;
  if (!path.empty()) ignore = lint::find_context_ignore(path, folder.string(), disk);
  out.findings = lint::lint(*out.file, loaded.config, ignore ? &*ignore : nullptr);
  return out;
}

}  // namespace distill::lsp
