// Owns the tree-sitter parser; each parse checks the bytes, builds a tree, and types it into the model.
#include "syntax/parser.h"

#include <tree_sitter/api.h>

#include "syntax/model_builder.h"

namespace distill::syntax {

Parser::Parser() : parser_(ts_parser_new()) {
  ts_parser_set_language(parser_, tree_sitter_dockerfile());
}

Parser::~Parser() {
  ts_parser_delete(parser_);
}

core::Result<Dockerfile> Parser::parse(core::SourceText source) {
  if (auto ok = check_text(source); !ok) return ok.error();
  TSTree* raw = ts_parser_parse_string(parser_, nullptr, source.text().data(), source.size());
  if (raw == nullptr) return core::Error{"the parser gave up on this file", source.path()};
  std::shared_ptr<TSTree> tree(raw, ts_tree_delete);
  Dockerfile file(std::move(source), tree);
  build_model(ts_tree_root_node(raw), file);
  return file;
}

}  // namespace distill::syntax
