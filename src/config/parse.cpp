// Walks a yaml-cpp document into a Fragment, keeping yaml-cpp's marks so each problem points at its line and
// column. yaml-cpp reports through exceptions; they stop here and become diagnostics.
#include "config/parse.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>

#include "config/suggest.h"
#include "config/yaml_json.h"

namespace distill::config {

namespace {

Location at(const std::string& path, const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0 || mark.column < 0) return Location{path};
  return Location{path, static_cast<uint32_t>(mark.line) + 1, static_cast<uint32_t>(mark.column) + 1};
}

std::string_view kind_of(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      return "a string";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      break;
  }
  return "nothing";
}

// The position of the first byte that cannot be in a YAML text (NUL or a malformed UTF-8 sequence), if any.
// yaml-cpp either throws an unhelpful error on such input or, worse, reads it as one long string.
std::optional<size_t> first_binary_byte(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return i;
    size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    i += length;
  }
  return std::nullopt;
}

Location location_of_byte(const std::string& path, std::string_view text, size_t offset) {
  uint32_t line = 1;
  uint32_t column = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return Location{path, line, column};
}

class Walker {
 public:
  Walker(const std::string& path, std::vector<Diagnostic>& diagnostics)
      : path_(path), diagnostics_(diagnostics) {}

  void report(const Location& where, std::string message) {
    diagnostics_.push_back(Diagnostic{std::move(message), where.path, where.line, where.column});
  }
  void report(const YAML::Node& node, std::string message) {
    report(at(path_, node.Mark()), std::move(message));
  }

  void root(const YAML::Node& node, Fragment& fragment) {
    if (node.IsNull()) return;  // a file holding only comments
    if (!node.IsMap()) {
      report(node, fmt::format("expected a mapping of settings at the top level, got {}", kind_of(node)));
      return;
    }
    std::map<std::string, uint32_t> seen;  // canonical key -> line of its first occurrence
    for (const auto& entry : node) {
      const YAML::Node& key = entry.first;
      const YAML::Node& value = entry.second;
      if (!key.IsScalar()) {
        report(key, fmt::format("a setting's name must be a string, got {}", kind_of(key)));
        continue;
      }
      auto handler = handlers().find(key.Scalar());
      if (handler == handlers().end()) {
        report(key,
               fmt::format("unknown key '{}'{}", key.Scalar(), did_you_mean(key.Scalar(), known_keys())));
        continue;
      }
      const auto& [canonical, read] = handler->second;
      auto line = at(path_, key.Mark()).line;
      if (auto [first, inserted] = seen.emplace(canonical, line); !inserted) {
        report(key, fmt::format("'{}' is already set on line {}; this one is ignored", key.Scalar(),
                                first->second));
        continue;
      }
      read(*this, key.Scalar(), value, fragment);
    }
  }

  // A list of non-empty strings; `scalar_ok` also takes a single string, as hadolint does for
  // trustedRegistries.
  std::vector<Located<std::string>> string_list(const std::string& name, const YAML::Node& node,
                                                bool scalar_ok = false) {
    std::vector<Located<std::string>> items;
    if (node.IsNull()) return items;
    if (node.IsScalar() && scalar_ok) {
      if (auto item = string_item(name, node)) items.push_back(*item);
      return items;
    }
    if (!node.IsSequence()) {
      report(node, fmt::format("'{}' expects a list, got {}", name, kind_of(node)));
      return items;
    }
    for (const auto& element : node) {
      if (auto item = string_item(name, element, /*in_list=*/true)) items.push_back(*item);
    }
    return items;
  }

  // A list entry (in_list) or a single value that must be a non-empty string.
  std::optional<Located<std::string>> string_item(const std::string& name, const YAML::Node& node,
                                                  bool in_list = false) {
    if (!node.IsScalar()) {
      report(node, in_list ? fmt::format("entries of '{}' must be strings, got {}", name, kind_of(node))
                           : fmt::format("'{}' expects a string, got {}", name, kind_of(node)));
      return std::nullopt;
    }
    if (node.Scalar().empty()) {
      report(node, fmt::format("'{}' has an empty entry", name));
      return std::nullopt;
    }
    return Located<std::string>{node.Scalar(), at(path_, node.Mark())};
  }

  std::optional<Located<std::string>> string(const std::string& name, const YAML::Node& node) {
    if (node.IsNull()) return std::nullopt;
    return string_item(name, node);
  }

  // yaml-cpp's boolean words (true/false, yes/no, on/off, y/n), which hadolint's YAML 1.1 users write.
  std::optional<Located<bool>> boolean(const std::string& name, const YAML::Node& node) {
    if (node.IsNull()) return std::nullopt;
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
      report(node, fmt::format("'{}' expects true or false, got {}", name,
                               node.IsScalar() ? "'" + node.Scalar() + "'" : std::string(kind_of(node))));
      return std::nullopt;
    }
    return Located<bool>{value, at(path_, node.Mark())};
  }

  // Each key of `node`, checked to be a string, with its value; a non-mapping is reported once.
  template <typename Visit>
  void mapping(const std::string& name, const YAML::Node& node, Visit visit) {
    if (node.IsNull()) return;
    if (!node.IsMap()) {
      report(node, fmt::format("'{}' expects a mapping, got {}", name, kind_of(node)));
      return;
    }
    for (const auto& entry : node) {
      if (!entry.first.IsScalar() || entry.first.Scalar().empty()) {
        report(entry.first, fmt::format("keys of '{}' must be non-empty strings", name));
        continue;
      }
      visit(Located<std::string>{entry.first.Scalar(), at(path_, entry.first.Mark())}, entry.second);
    }
  }

  using Reader = std::function<void(Walker&, const std::string&, const YAML::Node&, Fragment&)>;
  struct Handler {
    std::string canonical;
    Reader read;
  };

  // The one table of top-level keys. Both spellings of a key share the canonical name, so writing both is
  // reported as a duplicate.
  static const std::map<std::string, Handler>& handlers() {  // immutable after first use
    static const std::map<std::string, Handler> table = [] {
      std::map<std::string, Handler> t;
      auto add = [&t](std::vector<std::string> spellings, Reader read) {
        for (const auto& spelling : spellings) t[spelling] = Handler{spellings.front(), read};
      };
      add({"ignored"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        auto items = w.string_list(name, v);
        f.ignored.insert(f.ignored.end(), items.begin(), items.end());
      });
      add({"override"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        w.mapping(name, v, [&](const Located<std::string>& severity, const YAML::Node& rules) {
          f.overrides.push_back(OverrideEntry{severity, w.string_list(name + "." + severity.value, rules)});
        });
      });
      add({"failure-threshold", "failureThreshold"},
          [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
            f.failure_threshold = w.string(name, v);
          });
      add({"no-fail", "noFail"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        f.no_fail = w.boolean(name, v);
      });
      add({"trusted-registries", "trustedRegistries"},
          [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
            auto items = w.string_list(name, v, /*scalar_ok=*/true);
            f.trusted_registries.insert(f.trusted_registries.end(), items.begin(), items.end());
          });
      add({"label-schema", "labelSchema"},
          [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
            w.mapping(name, v, [&](const Located<std::string>& label, const YAML::Node& type) {
              if (auto t = w.string_item(name + "." + label.value, type))
                f.label_schema.push_back(LabelEntry{label, *t});
            });
          });
      add({"strict-labels", "strictLabels"}, [](Walker& w, const std::string& name, const YAML::Node& v,
                                                Fragment& f) { f.strict_labels = w.boolean(name, v); });
      add({"disable-ignore-pragma", "disableIgnorePragma"},
          [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
            f.disable_ignore_pragma = w.boolean(name, v);
          });
      add({"shellcheck"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        f.shellcheck = w.boolean(name, v);
      });
      add({"rules"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        w.mapping(name, v, [&](const Located<std::string>& rule, const YAML::Node& options) {
          if (!options.IsNull() && !options.IsMap()) {
            w.report(options, fmt::format("'{}.{}' expects a mapping of options, got {}", name, rule.value,
                                          kind_of(options)));
            return;
          }
          f.rules.push_back(RuleOptionsEntry{rule, {yaml_to_json(options), rule.where}});
          if (f.rules.back().options.value.is_null()) f.rules.back().options.value = nlohmann::json::object();
        });
      });
      // hadolint has `format` (one) and, later, `formats` (several); both feed the same list.
      add({"format"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        if (auto format = w.string(name, v)) f.formats.push_back(*format);
      });
      add({"formats"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        auto items = w.string_list(name, v, /*scalar_ok=*/true);
        f.formats.insert(f.formats.end(), items.begin(), items.end());
      });
      add({"no-color", "noColor"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        f.no_color = w.boolean(name, v);
      });
      add({"verbose"}, [](Walker& w, const std::string& name, const YAML::Node& v, Fragment& f) {
        f.verbose = w.boolean(name, v);
      });
      return t;
    }();
    return table;
  }

 private:
  const std::string& path_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> k;
    for (const auto& [spelling, handler] : Walker::handlers()) k.push_back(spelling);
    return k;
  }();
  return keys;
}

Fragment parse_fragment(std::string_view text, const std::string& path,
                        std::vector<Diagnostic>& diagnostics) {
  Fragment fragment;
  Walker walker(path, diagnostics);
  if (auto offset = first_binary_byte(text)) {
    walker.report(location_of_byte(path, text, *offset),
                  "not a text file (binary or non-UTF-8 data); ignored");
    return fragment;
  }
  try {
    std::vector<YAML::Node> documents = YAML::LoadAll(std::string(text));
    if (documents.empty()) return fragment;  // empty file
    if (documents.size() > 1)
      walker.report(documents[1], "only the first YAML document is read; this one is ignored");
    walker.root(documents.front(), fragment);
  } catch (const YAML::Exception& error) {
    walker.report(at(path, error.mark), "invalid YAML: " + error.msg);
    return Fragment{};  // half a document would apply settings the user may have meant differently
  } catch (const std::exception& error) {
    walker.report(Location{path}, std::string("cannot read config: ") + error.what());
    return Fragment{};
  }
  return fragment;
}

}  // namespace distill::config
