// Reads images.yaml once; every lookup afterwards is a scan of a few dozen entries.
#include "rewrite/catalog.h"

#include <yaml-cpp/yaml.h>

#include "rewrite/embedded_data.h"

namespace distill::rewrite {

std::string_view to_string(Stack stack) {
  switch (stack) {
    case Stack::kPython:
      return "python";
    case Stack::kNode:
      return "node";
    case Stack::kGo:
      return "go";
    case Stack::kJava:
      return "java";
    case Stack::kRust:
      return "rust";
    case Stack::kC:
      return "c";
    case Stack::kBinary:
      return "binary";
    case Stack::kUnsupported:
      break;
  }
  return "unsupported";
}

namespace {

std::optional<RuntimeKind> kind_from(const std::string& name) {
  static const std::map<std::string, RuntimeKind, std::less<>> kKinds = {
      {"static", RuntimeKind::kStatic}, {"glibc", RuntimeKind::kGlibc}, {"cc", RuntimeKind::kCc},
      {"python", RuntimeKind::kPython}, {"node", RuntimeKind::kNode},   {"java", RuntimeKind::kJava}};
  auto found = kKinds.find(name);
  if (found == kKinds.end()) return std::nullopt;
  return found->second;
}

std::optional<Stack> stack_from(const std::string& name) {
  for (Stack stack : {Stack::kPython, Stack::kNode, Stack::kGo, Stack::kJava, Stack::kRust, Stack::kC,
                      Stack::kBinary, Stack::kUnsupported}) {
    if (to_string(stack) == name) return stack;
  }
  return std::nullopt;
}

std::string_view kind_key(RuntimeKind kind) {
  switch (kind) {
    case RuntimeKind::kPython:
      return "python";
    case RuntimeKind::kCc:
      return "cc";
    case RuntimeKind::kJava:
      return "java";
    default:
      return "";
  }
}

core::Error catalog_error(const std::string& message) {
  return core::Error{"images.yaml: " + message, "", 0, 0};
}

}  // namespace

core::Result<Catalog> Catalog::parse(std::string_view yaml_text) {
  Catalog catalog;
  try {
    YAML::Node root = YAML::Load(std::string(yaml_text));
    catalog.default_suite_ = root["default_suite"].as<std::string>();
    catalog.registry_ = root["registry"].as<std::string>();
    catalog.nonroot_uid_ = root["tags"]["nonroot"]["user"].as<uint32_t>();
    for (const auto& entry : root["suites"]) {
      catalog.suites_.push_back({entry.first.as<std::string>(), entry.second["codename"].as<std::string>()});
      catalog.suite_aliases_[catalog.suites_.back().name] = catalog.suites_.back().name;
    }
    for (const auto& entry : root["suite_aliases"]) {
      catalog.suite_aliases_[entry.first.as<std::string>()] = entry.second.as<std::string>();
    }
    for (const auto& entry : root["builders"]) {
      BuilderRepository builder;
      auto stack = stack_from(entry.second["stack"].as<std::string>());
      if (!stack) return catalog_error("unknown stack for builder " + entry.first.as<std::string>());
      builder.stack = *stack;
      std::string style = entry.second["suite_tag"] ? entry.second["suite_tag"].as<std::string>() : "";
      builder.suite_tag = style == "end"           ? SuiteTagStyle::kEnd
                          : style == "before-slim" ? SuiteTagStyle::kBeforeSlim
                                                   : SuiteTagStyle::kNone;
      catalog.builders_[entry.first.as<std::string>()] = builder;
    }
    for (const auto& entry : root["runtimes"]) {
      RuntimeImage image;
      image.image = entry["image"].as<std::string>();
      auto kind = kind_from(entry["kind"].as<std::string>());
      if (!kind) return catalog_error("unknown runtime kind for " + image.image);
      image.kind = *kind;
      if (entry["interpreter"]) image.interpreter = entry["interpreter"].as<std::string>();
      if (entry["entrypoint_args"])
        image.entrypoint_args = entry["entrypoint_args"].as<std::vector<std::string>>();
      if (entry["suites"]) {
        for (const auto& suite : entry["suites"])
          image.versions.push_back({"", suite.as<std::string>(), "", false});
      }
      for (const auto& version : entry["versions"]) {
        RuntimeVersion runtime_version;
        runtime_version.version = version["version"].as<std::string>();
        runtime_version.suite = version["suite"].as<std::string>();
        runtime_version.interpreter =
            version["interpreter"] ? version["interpreter"].as<std::string>() : image.interpreter;
        runtime_version.eol = version["status"] && version["status"].as<std::string>() == "eol";
        image.versions.push_back(runtime_version);
      }
      catalog.runtimes_.push_back(std::move(image));
    }
    for (const auto& entry : root["provided_libraries"]) {
      catalog.provided_libraries_[entry.first.as<std::string>()] =
          entry.second.as<std::vector<std::string>>();
    }
    for (const auto& entry : root["apk_equivalents"]) {
      catalog.apk_equivalents_[entry.first.as<std::string>()] = entry.second.as<std::vector<std::string>>();
    }
    for (const auto& entry : root["busybox_commands"])
      catalog.busybox_commands_[entry.first.as<std::string>()] = entry.second.as<std::string>();
  } catch (const YAML::Exception& error) {
    return catalog_error(error.what());
  }
  return catalog;
}

const Catalog& Catalog::embedded() {
  // Parsed on first use only: lint and parse never pay for it.
  static const Catalog catalog = [] {
    auto parsed = Catalog::parse(images_yaml());
    if (!parsed) return Catalog{};  // a broken embedded file is caught by the catalogue test
    return std::move(parsed).value();
  }();
  return catalog;
}

const Suite* Catalog::suite(std::string_view name) const {
  for (const auto& suite : suites_) {
    if (suite.name == name) return &suite;
  }
  return nullptr;
}

std::optional<std::string> Catalog::suite_for_alias(std::string_view alias) const {
  auto found = suite_aliases_.find(alias);
  if (found == suite_aliases_.end()) return std::nullopt;
  return found->second;
}

const BuilderRepository* Catalog::builder(std::string_view repository) const {
  auto found = builders_.find(repository);
  return found == builders_.end() ? nullptr : &found->second;
}

std::optional<Runtime> Catalog::find(RuntimeKind kind, std::string_view version, std::string_view suite,
                                     bool nonroot) const {
  bool native = kind == RuntimeKind::kStatic || kind == RuntimeKind::kGlibc || kind == RuntimeKind::kCc;
  for (const auto& image : runtimes_) {
    if (image.kind != kind) continue;
    for (const auto& candidate : image.versions) {
      if (candidate.suite != suite || (!native && candidate.version != version)) continue;
      Runtime runtime;
      runtime.image = &image;
      runtime.version = candidate;
      std::string name = image.image;
      if (kind == RuntimeKind::kNode || kind == RuntimeKind::kJava) name += candidate.version;
      runtime.reference = registry_ + "/" + name + "-" + candidate.suite + (nonroot ? ":nonroot" : ":latest");
      if (!native) {
        runtime.entrypoint.push_back(candidate.interpreter);
        runtime.entrypoint.insert(runtime.entrypoint.end(), image.entrypoint_args.begin(),
                                  image.entrypoint_args.end());
      }
      return runtime;
    }
  }
  return std::nullopt;
}

std::vector<std::string> Catalog::versions(RuntimeKind kind, std::string_view suite) const {
  std::vector<std::string> found;
  for (const auto& image : runtimes_) {
    if (image.kind != kind) continue;
    for (const auto& candidate : image.versions) {
      if (candidate.suite == suite) found.push_back(candidate.version);
    }
  }
  return found;
}

bool Catalog::provides_library(RuntimeKind kind, std::string_view dev_package) const {
  auto listed = [&](std::string_view key) {
    auto found = provided_libraries_.find(key);
    if (found == provided_libraries_.end()) return false;
    for (const auto& name : found->second) {
      if (name == dev_package) return true;
    }
    return false;
  };
  if (listed("all")) return true;
  // Language images are built on cc, so they have its libraries too.
  if ((kind == RuntimeKind::kPython || kind == RuntimeKind::kNode || kind == RuntimeKind::kCc) &&
      listed("cc")) {
    return true;
  }
  std::string_view key = kind_key(kind);
  return !key.empty() && listed(key);
}

const std::vector<std::string>* Catalog::debian_equivalent(std::string_view apk_name) const {
  auto found = apk_equivalents_.find(apk_name);
  return found == apk_equivalents_.end() ? nullptr : &found->second;
}

std::string Catalog::busybox_command_package(std::string_view command) const {
  auto found = busybox_commands_.find(command);
  return found == busybox_commands_.end() ? std::string() : found->second;
}

}  // namespace distill::rewrite
