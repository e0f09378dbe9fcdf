// DI0022: a `$VAR` that BuildKit expands itself (COPY/ADD paths, ENV, LABEL, ARG defaults, WORKDIR, USER, …)
// but that nothing defines at that point expands to an empty string, silently changing paths and values.
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/suggest.h"
#include "core/text.h"
#include "lint/rule_api.h"
#include "rules/correctness/instruction_util.h"
#include "syntax/variables/expansion.h"
#include "syntax/variables/predefined_args.h"
#include "syntax/variables/references.h"

namespace distill::rules {
namespace {

constexpr std::string_view kAliases[] = {"UndefinedVar"};
constexpr RuleMeta kMeta{.code = "DI0022",
                         .slug = "undefined-variable",
                         .category = "correctness",
                         .severity = core::Severity::kWarning,
                         .fix = FixAvailability::kNone,
                         .aliases = kAliases,
                         .commands = {}};

// Build arguments BuildKit reads itself and never puts in the environment.
constexpr std::array<std::string_view, 2> kNotEnvironment = {"BUILDKIT_SBOM_SCAN_CONTEXT",
                                                             "BUILDKIT_SBOM_SCAN_STAGE"};

// Variables that widely used base images set in their ENV. distill cannot read an image's configuration, so
// in a stage built on an image these names are never reported: the image may well define them.
constexpr std::array<std::string_view, 48> kImageVariables = {"HOME",
                                                              "HOSTNAME",
                                                              "LANG",
                                                              "LANGUAGE",
                                                              "TERM",
                                                              "TZ",
                                                              "USER",
                                                              "SHELL",
                                                              "PWD",
                                                              "DEBIAN_FRONTEND",
                                                              "GPG_KEY",
                                                              "LD_LIBRARY_PATH",
                                                              "LIBRARY_PATH",
                                                              "PKG_CONFIG_PATH",
                                                              "VIRTUAL_ENV",
                                                              "GOPATH",
                                                              "GOROOT",
                                                              "GOLANG_VERSION",
                                                              "GOTOOLCHAIN",
                                                              "CARGO_HOME",
                                                              "RUSTUP_HOME",
                                                              "RUST_VERSION",
                                                              "GEM_HOME",
                                                              "BUNDLE_PATH",
                                                              "BUNDLE_APP_CONFIG",
                                                              "MAVEN_HOME",
                                                              "MAVEN_CONFIG",
                                                              "GRADLE_HOME",
                                                              "GRADLE_VERSION",
                                                              "GRADLE_USER_HOME",
                                                              "CATALINA_HOME",
                                                              "TOMCAT_VERSION",
                                                              "TOMCAT_MAJOR",
                                                              "NGINX_VERSION",
                                                              "NJS_VERSION",
                                                              "PKG_RELEASE",
                                                              "HTTPD_PREFIX",
                                                              "HTTPD_VERSION",
                                                              "PGDATA",
                                                              "PG_MAJOR",
                                                              "PG_VERSION",
                                                              "CONDA_DIR",
                                                              "MAMBA_ROOT_PREFIX",
                                                              "APP_UID",
                                                              "YARN_VERSION",
                                                              "NODE_VERSION",
                                                              "NODE_ENV",
                                                              "PIP_VERSION"};
// Build metadata that label conventions (label-schema.org) expect from `--build-arg`; images do not set
// these, so without an ARG line they are empty whatever the base image.
constexpr std::array<std::string_view, 5> kBuildMetadata = {"BUILD_DATE", "VCS_REF", "VCS_URL", "GIT_COMMIT",
                                                            "GIT_SHA"};
// Whole families of image variables, by prefix.
constexpr std::array<std::string_view, 18> kImagePrefixes = {
    "LC_",     "PYTHON", "PHP",   "JAVA_",       "JDK_",      "JRE_",   "RUBY_",    "DOTNET_", "ASPNETCORE_",
    "NVIDIA_", "CUDA",   "CUDNN", "NPM_CONFIG_", "POSTGRES_", "MYSQL_", "MARIADB_", "MONGO_",  "ELASTIC"};

bool set_by_images(std::string_view name) {
  if (std::find(kImageVariables.begin(), kImageVariables.end(), name) != kImageVariables.end()) return true;
  return std::any_of(kImagePrefixes.begin(), kImagePrefixes.end(),
                     [&](std::string_view prefix) { return name.starts_with(prefix); });
}

// One piece of text BuildKit expands, and where it is in the source.
struct Piece {
  std::string text;
  core::ByteRange range;
  const core::MappedText* heredoc = nullptr;  // a COPY/ADD heredoc body, expanded with quotes kept
};

void add_flag(const Instruction& in, std::string_view name, std::vector<Piece>& out) {
  if (const syntax::Flag* flag = in.flag(name); flag && flag->value)
    out.push_back({*flag->value, flag->value_range});
}

// What BuildKit expands in `in`, except ARG (whose defaults are expanded one after another) and RUN's
// mounts, which are handled by their callers.
std::vector<Piece> expanded_pieces(const Instruction& in) {
  std::vector<Piece> out;
  if (in.is("ENV") || in.is("LABEL")) {
    for (const auto& pair : in.pairs) {
      out.push_back({pair.key, pair.key_range});
      if (pair.value) out.push_back({*pair.value, pair.value_range});
    }
  } else if (in.is("COPY") || in.is("ADD")) {
    add_flag(in, "chown", out);
    if (in.is("ADD")) add_flag(in, "checksum", out);
    for (const auto& arg : in.args) {
      if (!util::is_heredoc_marker(in, arg)) out.push_back({arg.text, arg.range});
    }
    for (const auto& heredoc : in.heredocs) {
      if (heredoc.expand) out.push_back({heredoc.body_text.text(), heredoc.body_range, &heredoc.body_text});
    }
  } else if (in.is("WORKDIR") || in.is("USER") || in.is("VOLUME") || in.is("STOPSIGNAL")) {
    for (const auto& arg : in.args) out.push_back({arg.text, arg.range});
  } else if (in.is("RUN")) {
    // Every key=value field of a --mount is expanded.
    for (const auto& flag : in.flags) {
      if (flag.name != "mount" || !flag.value) continue;
      for (std::string_view field : core::split(*flag.value, ',')) {
        auto eq = field.find('=');
        if (eq != std::string_view::npos)
          out.push_back({std::string(field.substr(eq + 1)), flag.value_range});
      }
    }
  }
  return out;
}

class UndefinedVariable final : public Rule {
 public:
  const RuleMeta& meta() const override { return kMeta; }

  void begin_stage(const Stage& stage, Context& ctx) override {
    known_ = environment_known(ctx.file(), stage);
  }

  void check(const Instruction& in, Context& ctx) override {
    if (ctx.in_onbuild() || ctx.stage() == nullptr) return;
    std::set<std::string> reported;  // once per name and instruction
    // Working out the scope replays the stage so far: only do it when there is a variable to look up.
    auto has_variable = [](std::string_view text) { return text.find('$') != std::string_view::npos; };
    if (in.is("ARG")) {
      if (std::none_of(in.pairs.begin(), in.pairs.end(),
                       [&](const auto& pair) { return pair.value && has_variable(*pair.value); }))
        return;
      // Each default sees the ARGs declared before it in the same instruction.
      syntax::variables::Scope scope = ctx.scope();
      for (const auto& pair : in.pairs) {
        if (pair.value) check_piece({*pair.value, pair.value_range}, in, scope, ctx, reported);
        scope.declare(pair.key);
      }
      return;
    }
    for (const Piece& piece : expanded_pieces(in)) {
      if (has_variable(piece.text)) check_piece(piece, in, ctx.scope(), ctx, reported);
    }
  }

 private:
  // A stage whose chain of parent stages ends at `scratch` has no environment but ours and BuildKit's
  // default PATH; ONBUILD triggers of a parent stage run in it too, so those are left alone.
  static bool environment_known(const syntax::Dockerfile& file, const Stage& stage) {
    const Stage* current = &stage;
    while (current->parent && *current->parent < current->index) {
      current = &file.stages[*current->parent];
      for (const Instruction& in : current->instructions) {
        if (in.is("ONBUILD")) return false;
      }
    }
    return !current->parent && current->resolved_base.is_scratch() && !current->resolved_base.has_variables;
  }

  void check_piece(const Piece& piece, const Instruction& in, const syntax::variables::Scope& scope,
                   Context& ctx, std::set<std::string>& reported) const {
    char escape = ctx.file().escape;
    auto lookup = scope.lookup();
    auto expansion = piece.heredoc ? syntax::variables::expand_raw(piece.text, lookup)
                                   : syntax::variables::expand_word(piece.text, lookup, escape);
    if (!expansion) return;  // BuildKit stops with an error; that is not this rule's finding
    for (const std::string& name : expansion->unset) {
      if (!util::is_variable_name(name) || scope.contains(name) || name == "PATH" ||
          reported.count(name) != 0)
        continue;
      if (std::find(kNotEnvironment.begin(), kNotEnvironment.end(), name) != kNotEnvironment.end()) continue;
      // `ENV A=1 B=$A` and `ENV PATH_X=$PATH_X:/bin` read the value from before the instruction, which on an
      // image may well be set (DL3044 reports the first form either way).
      bool defined_here =
          std::any_of(in.pairs.begin(), in.pairs.end(), [&](const auto& p) { return p.key == name; });
      if (!known_ && defined_here && (in.is("ENV") || in.is("ARG"))) continue;
      auto message = explain(name, scope, ctx);
      if (!message) continue;
      reported.insert(name);
      ctx.report(locate(piece, name, escape, ctx), *message);
    }
  }

  // Why `name` is undefined, or nothing when it may be defined after all (by the base image).
  std::optional<std::string> explain(const std::string& name, const syntax::variables::Scope& scope,
                                     Context& ctx) const {
    std::string var = "'$" + name + "'";
    std::string unless_image = known_ ? "" : " (unless the base image sets it)";
    if (!known_ && set_by_images(name)) return std::nullopt;
    if (is_platform_arg(name)) {
      return var + " is an automatic platform ARG, visible inside a stage only after `ARG " + name +
             "`: add that line to the stage" + unless_image;
    }
    if (is_global_arg(name, ctx.file())) {
      return var + " is a global ARG, which a stage does not see until it declares it again: add `ARG " +
             name + "` to the stage" + unless_image;
    }
    if (auto elsewhere = declared_elsewhere(name, ctx, /*args_only=*/!known_))
      return var + *elsewhere + unless_image;
    if (std::find(kBuildMetadata.begin(), kBuildMetadata.end(), name) != kBuildMetadata.end()) {
      return var +
             " is build metadata usually passed with --build-arg, but no ARG declares it in this stage, " +
             "so it is empty: add `ARG " + name + "`";
    }
    std::vector<std::string> candidates{"PATH"};
    for (const auto& entry : scope.entries()) candidates.push_back(entry.name);
    auto match = config::closest_match(name, candidates);
    std::string hint = match ? " (did you mean $" + *match + "?)" : "";
    if (known_) {
      return var + " is not defined by any ARG or ENV before this instruction, so it expands to an empty " +
             "string" + hint;
    }
    // On an image, only a one-character slip of a name of some length is clearly a typo: `$START_FILE` next
    // to a local STARTUP_FILE, or `$HIVE_HOME` next to HBASE_HOME, are the image's own variables.
    if (!match || name.size() < 4 || config::edit_distance(name, *match) != 1) return std::nullopt;
    return var + " is defined nowhere in this Dockerfile and looks like a misspelling" + hint +
           "; unless the base image sets it, it expands to an empty string";
  }

  static bool is_platform_arg(std::string_view name) {
    syntax::variables::Scope predefined = syntax::variables::predefined_args();  // outlives the loop
    for (const auto& entry : predefined.entries()) {
      if (entry.value && entry.name == name) return true;
    }
    return false;
  }

  // Where else this file declares `name` with ARG (or ENV, unless args_only), said as the reason it is
  // undefined here: later in this stage, in this very instruction, or in a stage this one is not built from.
  // On an image only ARGs count: an ENV elsewhere often repeats a variable that the image sets too.
  static std::optional<std::string> declared_elsewhere(const std::string& name, Context& ctx,
                                                       bool args_only) {
    const syntax::Dockerfile& file = ctx.file();
    for (const Stage& stage : file.stages) {
      for (size_t i = 0; i < stage.instructions.size(); ++i) {
        const Instruction& in = stage.instructions[i];
        if (!in.is("ARG") && (args_only || !in.is("ENV"))) continue;
        bool declares =
            std::any_of(in.pairs.begin(), in.pairs.end(), [&](const auto& p) { return p.key == name; });
        if (!declares) continue;
        std::string line = std::to_string(file.source().position(in.range.begin).line);
        if (&stage == ctx.stage() && i == ctx.instruction_index()) {
          return std::string(
              " is set by this same instruction, whose values cannot see each other: it still "
              "has its earlier value, none; split the instruction in two");
        }
        if (&stage == ctx.stage() && i > ctx.instruction_index()) {
          return " is used before the " + in.keyword + " on line " + line + " declares it: move that line up";
        }
        if (&stage != ctx.stage()) {
          std::string which = stage.alias ? "'" + *stage.alias + "'" : std::to_string(stage.index);
          return " is only declared in stage " + which + " (line " + line +
                 "), and ARG and ENV do not carry over to a stage that is not built FROM it: declare it in "
                 "this "
                 "stage too";
        }
      }
    }
    return std::nullopt;
  }

  static bool is_global_arg(std::string_view name, const syntax::Dockerfile& file) {
    for (const Instruction& in : file.preamble) {
      if (!in.is("ARG")) continue;
      for (const auto& pair : in.pairs) {
        if (pair.key == name) return true;
      }
    }
    return false;
  }

  // The reference to `name` in the source, or the whole piece when it cannot be found.
  static core::ByteRange locate(const Piece& piece, const std::string& name, char escape, Context& ctx) {
    if (piece.heredoc) {
      for (const auto& ref : syntax::variables::find_references(piece.heredoc->text(), '\\', true)) {
        if (ref.name == name) return piece.heredoc->to_source(ref.begin, ref.end);
      }
      return piece.range;
    }
    std::string_view text = ctx.file().source().slice(piece.range);
    for (const auto& ref : syntax::variables::find_references(text, escape)) {
      if (ref.name == name) return {piece.range.begin + ref.begin, piece.range.begin + ref.end};
    }
    return piece.range;
  }

  bool known_ = false;
};

}  // namespace

std::unique_ptr<Rule> make_undefined_variable() {
  return std::make_unique<UndefinedVariable>();
}

}  // namespace distill::rules
