// The escaping helpers and how the line-based formats (gnu, github, tty) keep each finding on one line.
#include <catch2/catch.hpp>

#include <sstream>

#include "output/formatter.h"
#include "output/text_escape.h"
#include "sample_report.h"

using namespace distill::output;

TEST_CASE("XML escaping covers markup, quotes, whitespace in attributes and forbidden characters") {
  CHECK(xml_escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
  CHECK(xml_escape("x\ny\tz\r") == "x&#10;y&#9;z&#13;");
  CHECK(xml_escape(std::string("nul\0bel\x07", 8)) ==
        "nul\xEF\xBF\xBD"
        "bel\xEF\xBF\xBD");
  CHECK(xml_escape("caf\xC3\xA9 \xF0\x9F\x90\xB3") == "caf\xC3\xA9 \xF0\x9F\x90\xB3");
  CHECK(xml_escape("&amp;") == "&amp;amp;");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, valid text is untouched") {
  CHECK(valid_utf8("plain") == "plain");
  CHECK(valid_utf8("\xFF") == "\xEF\xBF\xBD");
  CHECK(valid_utf8("a\xC3") == "a\xEF\xBF\xBD");                                // truncated sequence
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a UTF-16 surrogate
  CHECK(valid_utf8("\xF0\x9F\x90\xB3") == "\xF0\x9F\x90\xB3");
}

TEST_CASE("GitHub workflow commands escape %, CR and LF in data, and also ':' and ',' in properties") {
  CHECK(github_escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b");
  CHECK(github_escape_property("dir:with,comma%/Dockerfile\n") == "dir%3Awith%2Ccomma%25/Dockerfile%0A");
  CHECK(github_escape_data("%25") == "%2525");  // '%' first, so nothing is decoded twice
}

TEST_CASE("github annotations escape the file property and the message") {
  distill::testing::SampleCatalog catalog;
  distill::core::SourceText source("a:b,c.Dockerfile", "FROM x\n");
  distill::core::Finding finding{
      "DL3007", "image-latest-tag", distill::core::Severity::kStyle, "50% off,\nreally: yes",
      {5, 6},   std::nullopt};
  std::ostringstream out;
  auto formatter = make_formatter("github", out, catalog, {});
  formatter->file({"a:b,c.Dockerfile", &source, {finding}});
  formatter->end({});
  CHECK(out.str() ==
        "::notice file=a%3Ab%2Cc.Dockerfile,line=1,endLine=1,col=6,endColumn=7,"
        "title=DL3007 image-latest-tag::50%25 off,%0Areally: yes\n");
}

TEST_CASE("gnu and tty keep a multi-line message on one line") {
  distill::testing::SampleReport report;
  for (std::string_view format : {"gnu", "tty"}) {
    std::string text = report.render(format);
    CHECK(text.find("surprises, see docs") != std::string::npos);
  }
}

TEST_CASE("gnu ranges end at the last character, inclusively") {
  distill::testing::SampleCatalog catalog;
  // "é" is two bytes: the range [5, 8) ends with it, whose lead byte is column 7.
  distill::core::SourceText source("D", "FROM a\xC3\xA9\nRUN x\n");
  std::ostringstream out;
  auto formatter = make_formatter("gnu", out, catalog, {});
  formatter->file({"D",
                   &source,
                   {{"X1", "", distill::core::Severity::kInfo, "m", {5, 8}, std::nullopt},
                    {"X2", "", distill::core::Severity::kWarning, "whole line", {0, 9}, std::nullopt}}});
  formatter->end({});
  CHECK(out.str() == "D:1.6-1.7: note: [X1] m\nD:1.1-1.9: warning: [X2] whole line\n");
}
