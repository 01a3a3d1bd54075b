#include "base/utf8.h"

#include <doctest/doctest.h>

#include <string>

namespace kg {

TEST_CASE("valid UTF-8 with umlauts and emoji has no invalid offset") {
  CHECK(FindInvalidUtf8("Zürich 北京 \xF0\x9F\x98\x80") == std::string_view::npos);
}

TEST_CASE("invalid UTF-8 is located at the first bad byte") {
  CHECK(FindInvalidUtf8("abc\xC3") == 3);           // truncated sequence
  CHECK(FindInvalidUtf8("ab\xC0\xAFz") == 2);        // overlong
  CHECK(FindInvalidUtf8("a\xED\xA0\x80") == 1);      // surrogate
  CHECK(FindInvalidUtf8("x\xF4\x90\x80\x80") == 1);  // above U+10FFFF
  CHECK(FindInvalidUtf8("\xFFok") == 0);
}

TEST_CASE("a bad byte is found at any offset in a long ASCII text, whole words at a time or not") {
  for (size_t at = 0; at < 41; ++at) {
    std::string text(41, 'a');
    text[at] = '\xFF';
    CHECK(FindInvalidUtf8(text) == at);
    text[at] = '\xC3';  // a truncated sequence where the next byte is ASCII, or the text ends
    CHECK(FindInvalidUtf8(text) == at);
    text.replace(at, 1, "\xC3\xBC");  // valid: ü
    CHECK(FindInvalidUtf8(text) == std::string_view::npos);
  }
}

TEST_CASE("a NUL byte marks a buffer as binary") {
  CHECK(LooksBinary(std::string("ab\0cd", 5)));
  CHECK_FALSE(LooksBinary("plain text"));
}

TEST_CASE("offsets are located as line and column") {
  const LineColumn at = LocateOffset("ab\ncd\nef", 7);
  CHECK(at.line == 3);
  CHECK(at.column == 2);
}

}  // namespace kg
