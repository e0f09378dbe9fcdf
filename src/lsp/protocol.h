// The LSP shapes distill answers with: ranges in UTF-16 code units, diagnostics, quick-fix code actions.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/source.h"
#include "lsp/analysis.h"

namespace distill::lsp {

nlohmann::json range_json(const core::SourceText& source, core::ByteRange range);
// The byte offset of an LSP position ({"line", "character"}), or nullopt when it is not one.
std::optional<uint32_t> offset_of(const core::SourceText& source, const nlohmann::json& position);

// The `diagnostics` array of textDocument/publishDiagnostics.
nlohmann::json diagnostics_json(const Analysis& analysis);
// Hover for `offset`: each finding there with its rule's document (markdown); null when there is none.
nlohmann::json hover_json(const Analysis& analysis, uint32_t offset);
// Quick fixes for the findings with a fix that touch `requested` (a byte range of the document).
nlohmann::json code_actions_json(const Analysis& analysis, const std::string& uri, core::ByteRange requested);

}  // namespace distill::lsp
