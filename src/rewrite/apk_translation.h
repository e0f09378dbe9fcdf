// An Alpine Python or Node builder cannot feed a glibc distroless runtime: what pip or npm compiles there
// links musl. The builder moves to the matching Debian image instead, and its apk commands become apt-get
// ones.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/edits.h"
#include "rewrite/catalog.h"
#include "rewrite/outcome.h"
#include "rewrite/stage_facts.h"

namespace distill::rewrite {

struct ApkTranslation {
  std::vector<core::Edit> edits;              // on the original source, inside the builder's RUNs
  std::vector<std::string> debian_packages;   // what the builder now installs, to judge against the runtime
  std::vector<std::string> renamed;           // "musl-dev → libc6-dev", for the explanation
  std::vector<std::string> busybox_packages;  // installed first for BusyBox commands the RUNs call (wget)
  bool accounts = false;                      // BusyBox adduser/addgroup became useradd/groupadd
};

// The edits that turn every apk command of the stage into its apt-get equivalent, or the refusal that says
// which command or package has no faithful translation.
std::variant<ApkTranslation, Refusal> translate_apk(const StageFacts& facts, const Catalog& catalog);

}  // namespace distill::rewrite
