// Random bytes and very long words: no crash, no hang, linear time, and the three entry points agreeing.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <set>

#include "env_fixture.h"
#include "syntax/variables/references.h"

using namespace distill::syntax::variables;
using namespace distill::syntax::variables::testing;

namespace {

std::string random_word(std::mt19937& rng) {
  static const std::string_view alphabet = "${}:-+?#%/\\`'\" abAB_1@*\n";
  std::uniform_int_distribution<int> length(0, 48);
  std::uniform_int_distribution<int> pick(0, static_cast<int>(alphabet.size()) + 3);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string word;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) {
    const int p = pick(rng);
    word.push_back(p < static_cast<int>(alphabet.size()) ? alphabet[p] : static_cast<char>(byte(rng)));
  }
  return word;
}

double seconds_for(const std::function<void()>& work) {
  const auto start = std::chrono::steady_clock::now();
  work();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("random input never crashes and the entry points agree", "[variables][robustness]") {
  std::mt19937 rng(20240611);
  // Every name is set, so `?` never fails and success depends on syntax and patterns only.
  const Lookup everything = [](std::string_view) -> std::optional<std::string> { return "v v"; };
  for (int i = 0; i < 4000; ++i) {
    const std::string word = random_word(rng);
    const char escape = i % 2 == 0 ? '\\' : '`';
    INFO("word: " << word);
    const auto one = expand_word(word, everything, escape);
    const auto many = expand_words(word, everything, escape);
    REQUIRE(one.ok() == many.ok());
    const auto refs = find_references(word, escape);
    for (const Reference& r : refs) {
      REQUIRE(r.begin < r.end);
      REQUIRE(r.end <= word.size());
      REQUIRE(word[r.begin] == '$');
    }
    if (one.ok()) {
      std::set<std::string> scanned;
      for (const Reference& r : refs) scanned.insert(r.name);
      const std::set<std::string> expanded(one->referenced.begin(), one->referenced.end());
      REQUIRE(scanned == expanded);
      REQUIRE(one->unset.empty());
    } else {
      REQUIRE(one.error().column >= 1);
      REQUIRE(one.error().column <= word.size() + 1);
    }
  }
}

TEST_CASE("long words take linear time", "[variables][robustness]") {
  const Env env{{"A", "a"}, {"B", ""}};
  const auto lookup = lookup_in(env);
  std::string refs;
  std::string quoted;
  std::string defaults;
  constexpr size_t kCount = 30000;  // about 1 MB of input in all
  for (size_t i = 0; i < kCount; ++i) {
    refs += "$A ";
    quoted += "'x y' \"$A\" ";
    defaults += "${B:-${A}}";
  }
  // A quadratic lexer needs minutes here; this takes well under a second, even in a sanitizer build.
  const double elapsed = seconds_for([&] {
    const auto a = expand_words(refs, lookup);
    REQUIRE(a.ok());
    CHECK(a->size() == kCount);
    const auto b = expand_word(quoted, lookup);
    REQUIRE(b.ok());
    const auto c = expand_word(defaults, lookup);
    REQUIRE(c.ok());
    CHECK(c->value.size() == kCount);
    CHECK(find_references(defaults).size() == 2 * kCount);
  });
  CHECK(elapsed < 10.0);
}

TEST_CASE("deep nesting fails cleanly instead of exhausting the stack", "[variables][robustness]") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "${A:-";
  const auto result = expand_word(deep, lookup_in(Env{}));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message == "syntax error: variable references nested too deeply");
  CHECK(find_references(deep).empty());

  // Nesting BuildKit users actually write still works.
  std::string fine = "x";
  for (int i = 0; i < 50; ++i) fine = "${U:-" + fine + "}";
  CHECK(value_of(fine, Env{}) == "x");
}

TEST_CASE("long values against many-star patterns stay fast", "[variables][robustness]") {
  const Env env{{"V", std::string(20000, 'a') + "b"}, {"P", "*a*a*a*a*c"}};
  const double elapsed = seconds_for([&] {
    CHECK(value_of("${V##$P}", env) == env.at("V"));  // no match: the value is kept
    CHECK(value_of("${V%%a*}", env).empty());
    CHECK(value_of("${V//a/}", env) == "b");
    CHECK(value_of("${V//?/}", env).empty());
  });
  CHECK(elapsed < 5.0);
}
