#include "cli/lsp_command.h"

#include <iostream>

#include "config/environment.h"
#include "lsp/server.h"
#include "lsp/transport.h"

namespace distill::cli {

namespace {

int run_lsp() {
  lsp::Server server(config::process_environment());
  while (true) {
    lsp::ReadResult read = lsp::read_message(std::cin);
    if (read.bad_json) {
      // JSON-RPC's parse error; the stream itself is still in step, so the session goes on.
      lsp::write_message(
          std::cout,
          {{"jsonrpc", "2.0"}, {"id", nullptr}, {"error", {{"code", -32700}, {"message", read.error}}}});
      continue;
    }
    if (!read.message) {
      if (!read.error.empty()) std::cerr << "distill lsp: " << read.error << "\n";
      return 1;  // the client went away without `exit`
    }
    for (const auto& out : server.handle(*read.message)) lsp::write_message(std::cout, out);
    if (server.exit_requested()) return server.exit_code();
  }
}

}  // namespace

void register_lsp_command(CLI::App& app, std::function<int()>& action) {
  CLI::App* cmd =
      app.add_subcommand("lsp", "Run the language server on stdin/stdout (diagnostics, quick fixes)");
  // Editors pass --stdio; it is the only transport, so the flag is accepted and changes nothing.
  cmd->add_flag("--stdio")->description("Talk over stdin/stdout (the default and only transport)");
  cmd->callback([&action] { action = [] { return run_lsp(); }; });
}

}  // namespace distill::cli
