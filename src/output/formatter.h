// One streaming interface for every output format: begin, one call per file (findings or a failure), end.
// Formats live one per file in src/output/ and are chosen by name in make_formatter().
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/result.h"
#include "core/source.h"
#include "output/rule_catalog.h"

namespace distill::output {

struct FileResult {
  std::string path;                     // as given on the command line ("-" for stdin)
  const core::SourceText* source;       // for positions and code frames
  std::vector<core::Finding> findings;  // sorted by position, then code
};

struct Summary {
  size_t files = 0;
  size_t failures = 0;  // inputs that could not be read or parsed
  size_t errors = 0, warnings = 0, infos = 0, styles = 0;
  size_t fixable = 0;  // findings with a safe fix
  core::Severity failure_threshold = core::Severity::kInfo;
  bool failed = false;  // the exit code will be non-zero
};

struct FormatOptions {
  bool color = false;        // tty only; decided by the caller (--color, NO_COLOR, isatty)
  std::string tool_version;  // SARIF/JUnit headers
  std::string doc_url_base = "https://distill.dev/rules/";  // + slug
};

class Formatter {
 public:
  virtual ~Formatter() = default;
  virtual void begin() {}
  virtual void file(const FileResult& result) = 0;
  // An input that could not be read or parsed; error carries path:line:col.
  virtual void failure(const core::Error& error) = 0;
  virtual void end(const Summary& summary) = 0;
};

// The names accepted by --format / -o NAME:PATH.
const std::vector<std::string_view>& format_names();
// nullptr for an unknown name. `out` must outlive the formatter.
std::unique_ptr<Formatter> make_formatter(std::string_view name, std::ostream& out, const RuleCatalog& rules,
                                          const FormatOptions& options);

}  // namespace distill::output
