// YAML <-> JSON for per-rule options. yaml-cpp leaves scalar typing to the reader, so the typing rules live
// here, in one place.
#include "config/yaml_json.h"

#include <charconv>
#include <string>

namespace distill::config {

namespace {

// YAML 1.2 core schema shapes: [-+]?[0-9]+ for integers, [-+]?(.[0-9]+|[0-9]+(.[0-9]*)?)([eE][-+]?[0-9]+)?
// for floats. Hand-written because std::regex costs more to build than a whole config load should.
size_t skip_digits(const std::string& text, size_t at) {
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  return at;
}

size_t skip_sign(const std::string& text, size_t at) {
  return at < text.size() && (text[at] == '+' || text[at] == '-') ? at + 1 : at;
}

bool is_integer_shape(const std::string& text) {
  size_t start = skip_sign(text, 0);
  size_t end = skip_digits(text, start);
  return end > start && end == text.size();
}

bool is_float_shape(const std::string& text) {
  size_t at = skip_sign(text, 0);
  size_t whole_end = skip_digits(text, at);
  bool has_digits = whole_end > at;
  at = whole_end;
  if (at < text.size() && text[at] == '.') {
    size_t fraction_end = skip_digits(text, at + 1);
    has_digits = has_digits || fraction_end > at + 1;
    at = fraction_end;
  }
  if (!has_digits) return false;
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    size_t exponent_start = skip_sign(text, at + 1);
    size_t exponent_end = skip_digits(text, exponent_start);
    if (exponent_end == exponent_start) return false;
    at = exponent_end;
  }
  return at == text.size();
}

nlohmann::json plain_scalar(const std::string& text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
  // The same boolean words as top-level keys (yaml-cpp's: true/false, yes/no, on/off, y/n), so `fix: yes`
  // means the same under `rules:` as `no-fail: yes` does at the top.
  if (bool flag = false; YAML::convert<bool>::decode(YAML::Node(text), flag)) return flag;
  if (is_integer_shape(text)) {
    int64_t value = 0;
    const char* begin = text.data() + (text[0] == '+' ? 1 : 0);
    auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size()) return value;
    return text;  // too large for an integer: keep the digits rather than lose precision silently
  }
  if (is_float_shape(text)) {
    try {
      return std::stod(text);
    } catch (const std::exception&) {
      return text;  // out of range for a double
    }
  }
  return text;
}

}  // namespace

nlohmann::json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
    case YAML::NodeType::Scalar:
      // yaml-cpp tags quoted scalars "!" and plain ones "?".
      return node.Tag() == "!" ? nlohmann::json(node.Scalar()) : plain_scalar(node.Scalar());
    case YAML::NodeType::Sequence: {
      auto array = nlohmann::json::array();
      for (const auto& item : node) array.push_back(yaml_to_json(item));
      return array;
    }
    case YAML::NodeType::Map: {
      auto object = nlohmann::json::object();
      for (const auto& entry : node) object[entry.first.Scalar()] = yaml_to_json(entry.second);
      return object;
    }
  }
  return nullptr;
}

void emit_json(YAML::Emitter& out, const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      out << YAML::Null;
      break;
    case nlohmann::json::value_t::boolean:
      out << value.get<bool>();
      break;
    case nlohmann::json::value_t::number_integer:
      out << value.get<int64_t>();
      break;
    case nlohmann::json::value_t::number_unsigned:
      out << value.get<uint64_t>();
      break;
    case nlohmann::json::value_t::number_float:
      out << value.get<double>();
      break;
    case nlohmann::json::value_t::string: {
      // A string that would read back as another type is quoted, so dump output loads to the same value.
      const auto& text = value.get_ref<const std::string&>();
      if (!plain_scalar(text).is_string()) {
        out << YAML::DoubleQuoted << text;
      } else {
        out << text;
      }
      break;
    }
    case nlohmann::json::value_t::array:
      if (value.empty()) out << YAML::Flow;  // "[]" rather than an empty block on its own line
      out << YAML::BeginSeq;
      for (const auto& item : value) emit_json(out, item);
      out << YAML::EndSeq;
      break;
    case nlohmann::json::value_t::object:
      if (value.empty()) out << YAML::Flow;
      out << YAML::BeginMap;
      for (const auto& [key, item] : value.items()) {
        out << YAML::Key << key << YAML::Value;
        emit_json(out, item);
      }
      out << YAML::EndMap;
      break;
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
      out << YAML::Null;
      break;
  }
}

}  // namespace distill::config
