// Suggestions must help with real typos and stay quiet for words that merely share letters.
#include <catch2/catch.hpp>

#include "config/suggest.h"

using distill::config::closest_match;
using distill::config::did_you_mean;

TEST_CASE("near misses get the closest candidate") {
  std::vector<std::string> keys = {"ignored", "failure-threshold", "trusted-registries", "trustedRegistries"};
  CHECK(closest_match("ignore", keys) == "ignored");
  CHECK(closest_match("failure_threshold", keys) == "failure-threshold");  // '_' and '-' are the same slip
  CHECK(closest_match("Ignored", keys) == "ignored");                      // case does not count
  CHECK(closest_match("trustedregistry", keys) == "trustedRegistries");
  CHECK(closest_match("ingored", keys) == "ignored");  // a transposition is one edit
}

TEST_CASE("far-fetched candidates are not suggested") {
  std::vector<std::string> keys = {"ignored", "rules", "verbose"};
  CHECK_FALSE(closest_match("colour", keys).has_value());
  CHECK_FALSE(closest_match("x", {"error"}).has_value());
  CHECK(did_you_mean("colour", keys).empty());
  CHECK(did_you_mean("rule", keys) == " (did you mean 'rules'?)");
}
