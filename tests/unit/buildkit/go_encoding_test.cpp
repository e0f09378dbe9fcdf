// Go's strconv.Quote and %q, which make the dump byte-for-byte comparable with BuildKit's.
#include <catch2/catch.hpp>

#include "syntax/buildkit/go_quote.h"
#include "syntax/buildkit/go_unicode.h"
#include "syntax/buildkit/words.h"

namespace bk = distill::syntax::buildkit;

TEST_CASE("strconv.Quote escapes like Go") {
  CHECK(bk::go_quote("") == R"("")");
  CHECK(bk::go_quote("a\"b\\c") == R"("a\"b\\c")");
  CHECK(bk::go_quote("\a\b\f\n\r\t\v") == R"("\a\b\f\n\r\t\v")");
  CHECK(bk::go_quote(std::string("\x00\x1b\x7f", 3)) == R"("\x00\x1b\x7f")");
  CHECK(bk::go_quote("\xFF\xC3") == R"("\xff\xc3")");                  // invalid UTF-8, byte by byte
  CHECK(bk::go_quote("\xED\xA0\x80") == R"("\xed\xa0\x80")");          // an encoded surrogate is invalid
  CHECK(bk::go_quote("\xC2\xA0\xE2\x80\xA8") == R"("\u00a0\u2028")");  // not printable in Go
  CHECK(bk::go_quote("\xEF\xBB\xBF") == R"("\ufeff")");
  CHECK(bk::go_quote("\xF3\xA0\x80\x81") == R"("\U000e0001")");
  CHECK(bk::go_quote("\xE2\x99\xA5 \xF0\x9F\x98\x80 \xEF\xBF\xBD") ==
        "\"\xE2\x99\xA5 \xF0\x9F\x98\x80 \xEF\xBF\xBD\"");
}

TEST_CASE("%q of a string slice") {
  CHECK(bk::go_quote_list({}) == "[]");
  CHECK(bk::go_quote_list({"--from=a", "b c"}) == R"(["--from=a" "b c"])");
}

TEST_CASE("Go's unicode helpers") {
  CHECK(bk::trim_space(" \t\xC2\xA0x y\xE3\x80\x80\n") == "x y");
  CHECK(bk::trim_space("\xFF ") == "\xFF");
  CHECK(bk::go_to_lower("RUN") == "run");
  CHECK(bk::go_to_lower("\xC3\x89\xFF") == "\xC3\xA9\xEF\xBF\xBD");
  CHECK(bk::is_space(0x85));
  CHECK_FALSE(bk::is_space(0x200B));
  CHECK(bk::is_letter(U'\u00e9'));
  CHECK(bk::is_digit(U'\u0663'));
}

TEST_CASE("Go's regexp Split on ASCII whitespace") {
  using V = std::vector<std::string>;
  CHECK(bk::split_whitespace("", -1) == V{""});
  CHECK(bk::split_whitespace("a  b\tc", -1) == V{"a", "b", "c"});
  CHECK(bk::split_whitespace(" a ", -1) == V{"", "a", ""});
  CHECK(bk::split_whitespace("a b c", 2) == V{"a", "b c"});
  CHECK(bk::split_whitespace("abc", 2) == V{"abc"});
}
