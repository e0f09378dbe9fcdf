// Runs tree-sitter-bash over the mapped script and hands the tree to the script builder.
#include "syntax/shell/script.h"

#include <tree_sitter/api.h>

#include <limits>

#include "syntax/shell/script_builder.h"

extern "C" const TSLanguage* tree_sitter_bash();

namespace distill::syntax::shell {

namespace {

struct TreeDeleter {
  void operator()(TSTree* tree) const { ts_tree_delete(tree); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

}  // namespace

void Parser::Deleter::operator()(TSParser* parser) const {
  ts_parser_delete(parser);
}

Parser::Parser() : parser_(ts_parser_new()) {
  // Cannot fail for a grammar of a supported ABI; a mismatch is a build bug, surfaced in parse().
  ts_parser_set_language(parser_.get(), tree_sitter_bash());
}

Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

core::Result<Script> Parser::parse(const core::MappedText& script) {
  if (!parser_ || ts_parser_language(parser_.get()) == nullptr) {
    return core::Error{"tree-sitter-bash could not be loaded (ABI mismatch)", "", 0, 0};
  }
  if (script.size() >= std::numeric_limits<uint32_t>::max() / 2) {
    return core::Error{"shell text too large to parse", "", 0, 0};
  }
  TreePtr tree(ts_parser_parse_string(parser_.get(), nullptr, script.text().data(), script.size()));
  if (!tree) {
    ts_parser_reset(parser_.get());
    return core::Error{"tree-sitter-bash gave up on this shell text", "", 0, 0};
  }
  return build_script(ts_tree_root_node(tree.get()), script);
}

core::Result<Script> parse(const core::MappedText& script) {
  Parser parser;
  return parser.parse(script);
}

std::vector<Command> Script::invocations_of(std::string_view basename) const {
  std::vector<Command> out;
  for (const Command& command : commands) {
    if (command.is(basename)) {
      out.push_back(command);
      continue;
    }
    if (!command.name.literal) continue;
    std::vector<Command> chain = command.unwrap_chain();
    for (size_t i = 1; i < chain.size(); ++i) {
      if (chain[i].is(basename)) {
        out.push_back(std::move(chain[i]));
        break;
      }
    }
  }
  return out;
}

std::vector<const Command*> Script::stage_commands(const Pipeline& pipeline, size_t stage) const {
  std::vector<const Command*> out;
  if (stage >= pipeline.stages.size()) return out;
  for (uint32_t i : pipeline.stages[stage]) out.push_back(&commands[i]);
  return out;
}

}  // namespace distill::syntax::shell
