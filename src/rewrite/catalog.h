// The distroless runtime catalogue and builder-image facts, read from rules/rewrite/images.yaml (embedded in
// the binary), so image names, versions and suites are data the code only queries.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace distill::rewrite {

enum class RuntimeKind { kStatic, kGlibc, kCc, kPython, kNode, kJava };
enum class Stack { kPython, kNode, kGo, kJava, kRust, kC, kBinary, kUnsupported };
std::string_view to_string(Stack stack);

struct Suite {
  std::string name;      // "debian12"
  std::string codename;  // "bookworm"
};

struct RuntimeVersion {
  std::string version;  // "3.11", "22", "17"; empty for native runtimes
  std::string suite;    // "debian12"
  std::string interpreter;
  bool eol = false;
};

struct RuntimeImage {
  std::string image;  // "python3", "nodejs", "java", "static"
  RuntimeKind kind = RuntimeKind::kStatic;
  std::string interpreter;
  std::vector<std::string> entrypoint_args;
  std::vector<RuntimeVersion> versions;  // one per (version, suite)
};

// A runtime chosen for a stage: the image reference to emit and what its ENTRYPOINT is.
struct Runtime {
  const RuntimeImage* image = nullptr;
  RuntimeVersion version;
  std::string reference;                // gcr.io/distroless/python3-debian12:nonroot
  std::vector<std::string> entrypoint;  // [] for native runtimes
};

enum class SuiteTagStyle { kNone, kEnd, kBeforeSlim };

struct BuilderRepository {
  Stack stack = Stack::kUnsupported;
  SuiteTagStyle suite_tag = SuiteTagStyle::kNone;
};

class Catalog {
 public:
  // The catalogue compiled into the binary.
  static const Catalog& embedded();
  static core::Result<Catalog> parse(std::string_view yaml_text);

  const std::string& default_suite() const { return default_suite_; }
  const Suite* suite(std::string_view name) const;
  // "bookworm", "12", "jammy" -> "debian12"; nullopt for names that are not a Debian-compatible suite.
  std::optional<std::string> suite_for_alias(std::string_view alias) const;
  const BuilderRepository* builder(std::string_view repository) const;
  uint32_t nonroot_uid() const { return nonroot_uid_; }

  // The runtime of `kind` for `version` on `suite` (version ignored for native kinds); nullopt when none.
  std::optional<Runtime> find(RuntimeKind kind, std::string_view version, std::string_view suite,
                              bool nonroot) const;
  // Versions of a language runtime on a suite, oldest first.
  std::vector<std::string> versions(RuntimeKind kind, std::string_view suite) const;
  // Whether a -dev package's library is in the runtime of `kind` (see provided_libraries).
  bool provides_library(RuntimeKind kind, std::string_view dev_package) const;
  // The Debian packages that replace Alpine package `apk_name` (see apk_equivalents); nullptr when unknown.
  const std::vector<std::string>* debian_equivalent(std::string_view apk_name) const;
  // The Debian package for a command Alpine's BusyBox provides and Debian slim images lack; "" otherwise.
  std::string busybox_command_package(std::string_view command) const;
  // "gcr.io/distroless/" prefix, to recognise images that are already distroless.
  const std::string& registry() const { return registry_; }

 private:
  std::string default_suite_;
  std::string registry_;
  uint32_t nonroot_uid_ = 65532;
  std::vector<Suite> suites_;
  std::map<std::string, std::string, std::less<>> suite_aliases_;
  std::map<std::string, BuilderRepository, std::less<>> builders_;
  std::vector<RuntimeImage> runtimes_;
  std::map<std::string, std::vector<std::string>, std::less<>> provided_libraries_;
  std::map<std::string, std::vector<std::string>, std::less<>> apk_equivalents_;
  std::map<std::string, std::string, std::less<>> busybox_commands_;
};

}  // namespace distill::rewrite
