// Machine formats must parse: JSON ones with nlohmann::json, XML ones with xmllint when it is installed and
// always with a small well-formedness check, for the sample report, an empty run and hostile text.
#include <catch2/catch.hpp>

#include <cctype>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "output/formatter.h"
#include "run_command.h"
#include "sample_report.h"

namespace {

using distill::testing::SampleReport;

// Checks what XML 1.0 requires of these documents: one root, balanced tags, quoted attributes, no raw '<'
// in text or attributes, and only the five named entities or numeric references after '&'.
std::string xml_problem(std::string_view xml) {
  std::vector<std::string> open;
  bool seen_root = false;
  auto entity_ok = [&](size_t at) {
    for (std::string_view name : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
      if (xml.substr(at, name.size()) == name) return true;
    }
    size_t i = at + 1;
    if (i < xml.size() && xml[i] == '#') {
      size_t digits = ++i;
      while (i < xml.size() && std::isdigit(static_cast<unsigned char>(xml[i]))) ++i;
      return i > digits && i < xml.size() && xml[i] == ';';
    }
    return false;
  };
  for (size_t i = 0; i < xml.size();) {
    char c = xml[i];
    if (c == '&') {
      if (!entity_ok(i)) return "bad entity at " + std::to_string(i);
      ++i;
    } else if (c == '<') {
      if (xml.substr(i, 5) == "<?xml") {
        if (i != 0) return "declaration not at start";
        i = xml.find("?>", i);
        if (i == std::string_view::npos) return "unterminated declaration";
        i += 2;
        continue;
      }
      size_t close = i + 1;
      char quote = 0;
      for (; close < xml.size(); ++close) {
        if (quote) {
          if (xml[close] == quote)
            quote = 0;
          else if (xml[close] == '<')
            return "'<' in attribute at " + std::to_string(close);
          else if (xml[close] == '&' && !entity_ok(close))
            return "bad entity in attribute at " + std::to_string(close);
        } else if (xml[close] == '"' || xml[close] == '\'') {
          quote = xml[close];
        } else if (xml[close] == '>') {
          break;
        } else if (xml[close] == '<') {
          return "'<' inside tag at " + std::to_string(close);
        }
      }
      if (close >= xml.size()) return "unterminated tag";
      std::string_view tag = xml.substr(i + 1, close - i - 1);
      if (tag.starts_with('/')) {
        std::string name(tag.substr(1));
        if (open.empty() || open.back() != name) return "mismatched </" + name + ">";
        open.pop_back();
      } else {
        bool self_closing = tag.ends_with('/');
        std::string name(tag.substr(0, tag.find_first_of(" \t\n/")));
        if (open.empty()) {
          if (seen_root) return "second root element <" + name + ">";
          seen_root = true;
        }
        if (!self_closing) open.push_back(name);
      }
      i = close + 1;
    } else {
      if (open.empty() && !std::isspace(static_cast<unsigned char>(c))) return "text outside the root";
      ++i;
    }
  }
  if (!open.empty()) return "unclosed <" + open.back() + ">";
  if (!seen_root) return "no root element";
  return "";
}

void check_xml(const std::string& xml) {
  INFO(xml);
  CHECK(xml_problem(xml) == "");
  if (distill::testing::run_command("command -v xmllint").exit_code == 0) {
    distill::testing::TempDir dir;
    auto file = dir.write("report.xml", xml);
    auto result = distill::testing::run_command("xmllint --noout '" + file.string() + "'");
    INFO(result.err);
    CHECK(result.exit_code == 0);
  }
}

// One file whose path, message and code hold everything XML and JSON must escape, plus invalid UTF-8 and a
// control character.
std::string render_hostile(std::string_view format) {
  using namespace distill;
  testing::SampleCatalog catalog;
  core::SourceText source("a&b<c>\"d'.Dockerfile", "FROM x\x01y\xFF\n");
  core::Finding finding{"DL<&>",
                        "slug\"'",
                        core::Severity::kError,
                        "quote \" apos ' lt < gt > amp & nl \n tab \t ctl \x01 bad \xFF\xC3 end",
                        {5, 9},
                        core::Fix::safe("title & \"x\"", {core::Edit{{5, 9}, "<y>\n&"}})};
  std::ostringstream out;
  auto formatter = output::make_formatter(format, out, catalog, {});
  formatter->begin();
  formatter->file({std::string(source.path()), &source, {finding}});
  formatter->failure(core::Error{"can't <read> & \"parse\"", "x&y.Dockerfile", 1, 0});
  formatter->end({});
  return out.str();
}

std::string render_empty(std::string_view format) {
  distill::testing::SampleCatalog catalog;
  std::ostringstream out;
  auto formatter = distill::output::make_formatter(format, out, catalog, {});
  formatter->begin();
  formatter->end({});
  return out.str();
}

}  // namespace

TEST_CASE("checkstyle and junit are well-formed XML") {
  SampleReport report;
  for (std::string_view format : {"checkstyle", "junit"}) {
    SECTION(std::string(format)) {
      check_xml(report.render(format));
      check_xml(render_empty(format));
      check_xml(render_hostile(format));
    }
  }
}

TEST_CASE("json, sarif, codeclimate and gitlab parse as JSON") {
  SampleReport report;
  for (std::string_view format : {"json", "sarif", "codeclimate", "gitlab"}) {
    SECTION(std::string(format)) {
      for (const std::string& text : {report.render(format), render_empty(format), render_hostile(format)}) {
        INFO(text);
        CHECK(nlohmann::json::accept(text));
      }
    }
  }
}

TEST_CASE("hostile text survives the JSON formats intact where it is valid") {
  auto doc = nlohmann::json::parse(render_hostile("json"));
  const auto& finding = doc["files"][0]["findings"][0];
  CHECK(finding["code"] == "DL<&>");
  std::string message = finding["message"];
  CHECK(message.find("quote \" apos ' lt < gt > amp & nl \n tab \t ctl \x01 bad ") == 0);
  CHECK(message.find("\xEF\xBF\xBD") != std::string::npos);  // invalid bytes became U+FFFD
  CHECK(finding["fix"]["edits"][0]["replacement"] == "<y>\n&");
  CHECK(doc["failures"][0]["message"] == "can't <read> & \"parse\"");
}

TEST_CASE("the json document's shape") {
  SampleReport report;
  auto doc = nlohmann::json::parse(report.render("json"));
  CHECK(doc["version"] == 1);
  CHECK(doc["files"].size() == 2);
  CHECK(doc["files"][1]["findings"].empty());
  const auto& multi = doc["files"][0]["findings"][1];
  CHECK(multi["line"] == 2);
  CHECK(multi["end_line"] == 3);
  const auto& unicode = doc["files"][0]["findings"][3];
  CHECK(unicode["end_column"] == 30);        // UTF-8 bytes
  CHECK(unicode["end_utf16_column"] == 26);  // UTF-16 units: é, ö one each, the whale two
  CHECK(doc["files"][0]["findings"][2]["fix"]["applicability"] == "safe");
  CHECK(doc["summary"]["failed"] == true);
}
