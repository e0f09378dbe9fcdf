// Batches every script of a run into a few ShellCheck processes (one invocation reads many files), runs them
// in parallel, and turns json1 comments into findings on the Dockerfile bytes they are about.
#include "lint/shellcheck.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "lint/process.h"
#include "lint/shellcheck_script.h"

namespace distill::lint {
namespace {

// hadolint's exclusions: sourced files are not there to follow, and ash is checked as dash on purpose.
constexpr std::string_view kAlwaysExcluded[] = {"SC1090", "SC1091", "SC2187"};
// Scripts per process: large enough that start-up (~10 ms) is noise, small enough that the last process
// to finish does not leave the other cores idle for long.
constexpr size_t kMaxChunk = 128;

struct Chunk {
  std::string dialect;
  std::vector<size_t> groups;  // indices into the groups of identical scripts
};

struct ChunkOutcome {
  std::optional<ProcessOutput> output;
  std::string failure;  // why there is no output
};

// "2086", "sc2086" or "SC2086" as "SC2086"; nullopt for anything else, so a typo cannot break the invocation.
std::optional<std::string> normalize_code(std::string_view name) {
  if (name.size() > 2 && (name[0] == 'S' || name[0] == 's') && (name[1] == 'C' || name[1] == 'c'))
    name.remove_prefix(2);
  if (name.empty() || name.size() > 5 || !std::all_of(name.begin(), name.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return std::nullopt;
  return "SC" + std::string(name);
}

std::string script_path(const ScratchDirectory& dir, size_t index) {
  return (dir.path() / (std::to_string(index) + ".sh")).string();
}

// The script index from a path we wrote ("<dir>/<index>.sh").
std::optional<size_t> script_index(std::string_view path) {
  if (auto slash = path.rfind('/'); slash != std::string_view::npos) path.remove_prefix(slash + 1);
  if (path.size() < 4 || path.substr(path.size() - 3) != ".sh") return std::nullopt;
  path.remove_suffix(3);
  size_t index = 0;
  for (char c : path) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    index = index * 10 + static_cast<size_t>(c - '0');
  }
  return index;
}

// Scripts with the same text and dialect, checked once: real repositories repeat RUN lines across their
// Dockerfiles (two in five of the corpus's scripts are copies), and ShellCheck's time is per script.
std::vector<std::vector<size_t>> group_identical(const std::vector<ShellcheckScript>& scripts) {
  std::vector<std::vector<size_t>> groups;
  std::unordered_map<std::string_view, std::vector<size_t>> by_text;  // text -> groups with that text
  for (size_t i = 0; i < scripts.size(); ++i) {
    std::vector<size_t>& candidates = by_text[scripts[i].text];
    auto same = std::find_if(candidates.begin(), candidates.end(), [&](size_t g) {
      return scripts[groups[g].front()].dialect == scripts[i].dialect;
    });
    if (same != candidates.end()) {
      groups[*same].push_back(i);
    } else {
      candidates.push_back(groups.size());
      groups.push_back({i});
    }
  }
  return groups;
}

std::vector<Chunk> make_chunks(const std::vector<ShellcheckScript>& scripts,
                               const std::vector<std::vector<size_t>>& groups, unsigned jobs) {
  std::map<std::string, std::vector<size_t>> by_dialect;
  for (size_t g = 0; g < groups.size(); ++g) by_dialect[scripts[groups[g].front()].dialect].push_back(g);
  std::vector<Chunk> chunks;
  for (auto& [dialect, indices] : by_dialect) {
    size_t size = std::clamp<size_t>((indices.size() + jobs - 1) / jobs, 1, kMaxChunk);
    for (size_t begin = 0; begin < indices.size(); begin += size) {
      size_t end = std::min(indices.size(), begin + size);
      chunks.push_back({dialect, std::vector<size_t>(indices.begin() + static_cast<std::ptrdiff_t>(begin),
                                                     indices.begin() + static_cast<std::ptrdiff_t>(end))});
    }
  }
  return chunks;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  return static_cast<bool>(out);
}

ChunkOutcome run_chunk(const Chunk& chunk, const std::vector<ShellcheckScript>& scripts,
                       const std::vector<std::vector<size_t>>& groups, const ScratchDirectory& dir,
                       const std::vector<std::string>& base_argv) {
  std::vector<std::string> argv = base_argv;
  argv.push_back("--shell=" + chunk.dialect);
  argv.emplace_back("--");
  for (size_t group : chunk.groups) {
    std::string path = script_path(dir, group);
    if (!write_file(path, scripts[groups[group].front()].text)) return {std::nullopt, "cannot write " + path};
    argv.push_back(std::move(path));
  }
  auto result = run_process(argv);
  if (!result) return {std::nullopt, result.error().message};
  return {std::move(result.value()), {}};
}

std::optional<uint32_t> get_uint(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number_integer() || it->get<int64_t>() < 0) return std::nullopt;
  return static_cast<uint32_t>(std::min<int64_t>(it->get<int64_t>(), UINT32_MAX));
}

std::string get_string(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

core::Severity severity_of(std::string_view level) {
  if (level == "error") return core::Severity::kError;
  if (level == "warning") return core::Severity::kWarning;
  if (level == "info") return core::Severity::kInfo;
  return core::Severity::kStyle;
}

// ShellCheck's suggested edits on the Dockerfile; nullopt when one of them cannot be placed there faithfully
// (a made-up line, or a newline that would end the RUN instruction).
std::optional<core::Fix> to_fix(const nlohmann::json& fix, const ShellcheckScript& script,
                                std::string_view code) {
  if (!fix.is_object()) return std::nullopt;
  auto replacements = fix.find("replacements");
  if (replacements == fix.end() || !replacements->is_array() || replacements->empty()) return std::nullopt;
  std::vector<core::Edit> edits;
  for (const nlohmann::json& r : *replacements) {
    if (!r.is_object()) return std::nullopt;
    auto line = get_uint(r, "line"), column = get_uint(r, "column");
    auto end_line = get_uint(r, "endLine"), end_column = get_uint(r, "endColumn");
    std::string text = get_string(r, "replacement");
    if (!line || !column || !end_line || !end_column || text.find('\n') != std::string::npos)
      return std::nullopt;
    uint32_t at = *line - 1;
    if (at >= script.lines.size() || script.lines[at].origin == nullptr) return std::nullopt;
    auto range = script.to_source(*line, *column, *end_line, *end_column);
    if (!range) return std::nullopt;
    edits.push_back({*range, std::move(text)});
  }
  // Stable: ShellCheck lists insertions at one point in the order they must appear.
  std::stable_sort(edits.begin(), edits.end(),
                   [](const core::Edit& a, const core::Edit& b) { return a.range.begin < b.range.begin; });
  // Quoting and similar rewrites change what the shell does, so they never apply without --unsafe-fixes.
  return core::Fix::unsafe("Apply ShellCheck's suggestion for " + std::string(code), std::move(edits));
}

// One json1 comment as a finding on one copy of the script it is about.
void add_comment(const nlohmann::json& comment, uint32_t number, uint32_t line, uint32_t column,
                 const ShellcheckScript& script, std::vector<std::vector<core::Finding>>& findings) {
  auto range = script.to_source(line, column, get_uint(comment, "endLine").value_or(line),
                                get_uint(comment, "endColumn").value_or(column));
  if (!range) return;  // about our prelude, not the user's code
  core::Finding finding;
  finding.code = "SC" + std::to_string(number);
  finding.slug = finding.code;
  finding.severity = severity_of(get_string(comment, "level"));
  finding.message = get_string(comment, "message");
  finding.range = *range;
  if (auto fix = comment.find("fix"); fix != comment.end()) finding.fix = to_fix(*fix, script, finding.code);
  findings[script.file].push_back(std::move(finding));
}

// Adds the comments of one process's json1 output; returns false when the output is not json1.
bool add_comments(const std::string& json_text, const std::vector<ShellcheckScript>& scripts,
                  const std::vector<std::vector<size_t>>& groups,
                  std::vector<std::vector<core::Finding>>& findings) {
  nlohmann::json document = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_object() || !document.contains("comments") || !document["comments"].is_array())
    return false;
  for (const nlohmann::json& comment : document["comments"]) {
    if (!comment.is_object()) continue;
    auto group = script_index(get_string(comment, "file"));
    auto number = get_uint(comment, "code");
    auto line = get_uint(comment, "line"), column = get_uint(comment, "column");
    if (!group || *group >= groups.size() || !number || !line || !column) continue;
    for (size_t index : groups[*group])
      add_comment(comment, *number, *line, *column, scripts[index], findings);
  }
  return true;
}

std::string first_line_of(std::string_view text) {
  text = text.substr(0, text.find('\n'));
  return std::string(text.substr(0, 300));
}

// A command script and a heredoc read by `bash <<EOF` both contain the heredoc body: report a comment once.
void sort_and_dedupe(std::vector<core::Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const core::Finding& a, const core::Finding& b) {
    return std::tie(a.range.begin, a.range.end, a.code, a.message) <
           std::tie(b.range.begin, b.range.end, b.code, b.message);
  });
  auto same = [](const core::Finding& a, const core::Finding& b) {
    return a.range == b.range && a.code == b.code && a.message == b.message;
  };
  findings.erase(std::unique(findings.begin(), findings.end(), same), findings.end());
}

}  // namespace

ShellcheckRun run_shellcheck(const std::vector<const syntax::Dockerfile*>& files,
                             const ShellcheckOptions& options) {
  ShellcheckRun run;
  run.findings.resize(files.size());
  if (!options.enabled) return run;

  std::vector<ShellcheckScript> scripts;
  for (size_t i = 0; i < files.size(); ++i) {
    if (files[i] == nullptr) continue;
    for (ShellcheckScript& script : collect_shellcheck_scripts(*files[i], i))
      scripts.push_back(std::move(script));
  }
  if (scripts.empty()) return run;

  auto executable = find_executable(options.executable);
  if (!executable) {
    run.warnings.push_back(options.executable.find('/') == std::string::npos
                               ? "distill: " + options.executable +
                                     " not found on PATH; SC checks skipped (apt-get install shellcheck)"
                               : "distill: " + options.executable +
                                     " is not an executable file; SC checks skipped");
    return run;
  }
  auto dir = ScratchDirectory::create(options.temp_parent);
  if (!dir) {
    run.warnings.push_back("distill: ShellCheck skipped: " + dir.error().message);
    return run;
  }

  std::string excluded;
  for (std::string_view code : kAlwaysExcluded)
    excluded += std::string(excluded.empty() ? "" : ",") + std::string(code);
  for (const std::string& name : options.exclude) {
    if (auto code = normalize_code(name)) excluded += "," + *code;
  }
  // --norc: a stray .shellcheckrc must not change results; our --format and --severity come after (and so
  // win over) anything in SHELLCHECK_OPTS.
  const std::vector<std::string> base_argv{executable->string(), "--format=json1", "--norc",
                                           "--severity=style", "--exclude=" + excluded};

  unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::vector<size_t>> groups = group_identical(scripts);
  std::vector<Chunk> chunks = make_chunks(scripts, groups, jobs);
  std::vector<ChunkOutcome> outcomes(chunks.size());
  std::atomic<size_t> next{0};
  auto worker = [&]() {
    for (size_t i = next++; i < chunks.size(); i = next++)
      outcomes[i] = run_chunk(chunks[i], scripts, groups, *dir, base_argv);
  };
  {
    std::vector<std::jthread> threads;
    for (unsigned t = 1; t < std::min<size_t>(jobs, chunks.size()); ++t) threads.emplace_back(worker);
    worker();
  }  // jthreads join here

  std::set<std::string> warnings;
  for (const ChunkOutcome& outcome : outcomes) {
    if (!outcome.output) {
      warnings.insert("distill: ShellCheck failed: " + outcome.failure);
      continue;
    }
    const ProcessOutput& output = *outcome.output;
    bool parsed = add_comments(output.out, scripts, groups, run.findings);
    // 0: clean, 1: comments; anything else (2: unreadable file, 3/4: bad options) is worth telling.
    if (!parsed || output.exit_code < 0 || output.exit_code > 1) {
      warnings.insert("distill: ShellCheck exited with status " + std::to_string(output.exit_code) + ": " +
                      first_line_of(output.err.empty() ? output.out : output.err));
    }
  }
  run.warnings.assign(warnings.begin(), warnings.end());
  run.scripts = scripts.size();
  run.distinct_scripts = groups.size();
  run.processes = chunks.size();
  for (std::vector<core::Finding>& findings : run.findings) sort_and_dedupe(findings);
  return run;
}

std::string shellcheck_doc_url(std::string_view code) {
  return "https://www.shellcheck.net/wiki/" + std::string(code);
}

}  // namespace distill::lint
