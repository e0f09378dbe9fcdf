// find_references: names, operators, operands and exact byte ranges, with no lookup involved.
#include <catch2/catch.hpp>

#include "syntax/variables/references.h"

using namespace distill::syntax::variables;

namespace {
std::string_view slice(std::string_view text, const Reference& r) {
  return text.substr(r.begin, r.end - r.begin);
}
}  // namespace

TEST_CASE("references carry their exact range", "[variables][references]") {
  const std::string_view text = "${REG:-docker.io}/lib/$IMAGE:${TAG}";
  const auto refs = find_references(text);
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].name == "REG");
  CHECK(refs[0].op == ":-");
  CHECK(refs[0].word == "docker.io");
  CHECK(refs[0].begin == 0);
  CHECK(refs[0].end == 17);
  CHECK(refs[1].name == "IMAGE");
  CHECK(refs[1].op.empty());
  CHECK(refs[1].begin == 22);
  CHECK(refs[1].end == 28);
  CHECK(slice(text, refs[2]) == "${TAG}");
  CHECK(refs[2].begin == 29);
}

TEST_CASE("nested references are listed in source order", "[variables][references]") {
  const std::string_view text = "x${A:-${B:+$C}}y";
  const auto refs = find_references(text);
  REQUIRE(refs.size() == 3);
  CHECK(refs[0].name == "A");
  CHECK(slice(text, refs[0]) == "${A:-${B:+$C}}");
  CHECK(refs[0].word == "${B:+$C}");
  CHECK(refs[1].name == "B");
  CHECK(slice(text, refs[1]) == "${B:+$C}");
  CHECK(refs[1].word == "$C");
  CHECK(refs[2].name == "C");
  CHECK(slice(text, refs[2]) == "$C");
}

TEST_CASE("every operator is reported as written", "[variables][references]") {
  const std::string_view text =
      "${A-a}${B+b}${C:+c}${D:?err}${E?}${F#*/}${G##*/}${H%.*}${I%%.*}${J/x/y}${K//x/y}${L:#p}";
  const auto refs = find_references(text);
  REQUIRE(refs.size() == 12);
  const std::vector<std::pair<std::string, std::string>> expected{
      {"-", "a"},   {"+", "b"},  {":+", "c"},  {":?", "err"}, {"?", ""},     {"#", "*/"},
      {"##", "*/"}, {"%", ".*"}, {"%%", ".*"}, {"/", "x/y"},  {"//", "x/y"}, {":#", "p"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    INFO(refs[i].name);
    CHECK(refs[i].op == expected[i].first);
    CHECK(refs[i].word == expected[i].second);
    CHECK(text[refs[i].begin] == '$');
    CHECK(text[refs[i].end - 1] == '}');
  }
}

TEST_CASE("quoted and escaped dollars are no references", "[variables][references]") {
  const std::string_view text = R"('$X' \$Y "$Z" "\$W" ${V:-'$U'})";
  const auto refs = find_references(text);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].name == "Z");
  CHECK(slice(text, refs[0]) == "$Z");
  CHECK(refs[1].name == "V");
  CHECK(refs[1].word == "'$U'");

  const std::string_view tick = "`$A $B \\$C";
  const auto tick_refs = find_references(tick, '`');
  REQUIRE(tick_refs.size() == 2);
  CHECK(tick_refs[0].name == "B");
  CHECK(tick_refs[1].name == "C");
  CHECK(tick_refs[1].begin == 8);
}

TEST_CASE("special names and literal dollars", "[variables][references]") {
  const auto refs = find_references("$1 $@ ${#} $. $ ${+x} $12x");
  REQUIRE(refs.size() == 4);
  CHECK(refs[0].name == "1");
  CHECK(refs[1].name == "@");
  CHECK(refs[2].name == "#");
  CHECK(refs[3].name == "12");
  CHECK(refs[3].end - refs[3].begin == 3);
}

TEST_CASE("scanning stops at a syntax error but keeps what came before", "[variables][references]") {
  const auto refs = find_references("$A ${B:-$C ${");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].name == "A");
  CHECK(refs[1].name == "C");
  CHECK(find_references("${A=x} $B").empty());
}

TEST_CASE("evaluation errors do not stop a scan", "[variables][references]") {
  const auto refs = find_references("${A:?must be set} ${B#\\x} $C");
  REQUIRE(refs.size() == 3);
  CHECK(refs[2].name == "C");
}
