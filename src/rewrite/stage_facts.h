// What one stage leaves behind at run time, read once from the syntax model: the final working directory,
// ENV, USER, the paths COPY/ADD filled, the packages and commands its RUNs used, and its metadata.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "syntax/dockerfile.h"
#include "syntax/shell/command.h"
#include "syntax/shell/script.h"

namespace distill::rewrite {

struct EnvSetting {
  std::string name;
  std::string value;  // as the build sees it: quotes removed, variables expanded
  const syntax::Instruction* instruction = nullptr;
};

struct CopiedPath {
  std::string destination;  // absolute, as resolved against WORKDIR
  bool directory = false;   // the destination is a directory (ends in '/', or several sources)
  std::vector<std::string> sources;
  bool from_stage = false;  // COPY --from=…
  const syntax::Instruction* instruction = nullptr;
};

struct RunCommand {
  syntax::shell::Command command;  // seen through wrappers (sudo, env, …)
  std::string workdir;             // WORKDIR when it ran
  std::string path;                // ENV PATH when it ran ("" when the stage never set it): bare `pip` may be
                                   // a venv's pip when that venv's bin directory comes first
  size_t instruction_index = 0;
  bool nested = false;  // inside a `sh -c '…'` string: its source range is inside that string
};

struct StageFacts {
  const syntax::Dockerfile* file = nullptr;
  const syntax::Stage* stage = nullptr;
  std::string workdir = "/";
  bool has_workdir = false;
  std::vector<EnvSetting> env;      // last value of each name, in order of first setting
  std::optional<std::string> user;  // last USER, as written after expansion
  std::vector<CopiedPath> copies;
  std::vector<RunCommand> commands;  // every command of every RUN (and sh -c scripts), in order
  std::vector<std::string> apt_packages;
  std::vector<std::string> apk_packages;
  // Removed again in the stage (apt-get purge/remove, apk del, with apk --virtual groups expanded): absent
  // from the original image too, so nothing at run time can need them.
  std::vector<std::string> removed_packages;
  std::vector<std::pair<std::string, std::vector<std::string>>>
      apk_virtual_groups;                        // --virtual NAME: members
  std::vector<std::string> created_directories;  // mkdir targets, absolute
  const syntax::Instruction* cmd = nullptr;
  const syntax::Instruction* entrypoint = nullptr;
  const syntax::Instruction* healthcheck = nullptr;
  size_t cmd_index = 0;
  size_t entrypoint_index = 0;
  bool uses_shell_instruction = false;  // SHELL changes what shell-form CMD means

  const EnvSetting* find_env(std::string_view name) const;
  bool removed_later(std::string_view package) const;
  // Commands named `basename` (after wrappers), in order.
  std::vector<const RunCommand*> invocations(std::string_view basename) const;
};

StageFacts collect_facts(const syntax::Dockerfile& file, uint32_t stage_index);

// One of the program directories of a Debian image's default PATH (/usr/local/sbin … /bin), trailing slashes
// ignored: what a PATH entry is when it adds nothing of the application's own.
bool is_system_bin_dir(std::string_view entry);

// `path` made absolute against `workdir`, with "." and ".." segments resolved and no trailing slash.
std::string absolute_path(std::string_view workdir, std::string_view path);

}  // namespace distill::rewrite
