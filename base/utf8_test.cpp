#include "base/utf8.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

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

namespace {

// The first byte from i on that is neither ASCII nor in a two-byte sequence whose lead is
// at most `max_lead`, one byte at a time: where SkipTwoByteSequences may stop at the latest.
size_t FirstOtherByte(const std::string& bytes, size_t i, unsigned char max_lead) {
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const bool paired = lead >= 0xC2 && lead <= max_lead && i + 1 < bytes.size() &&
                        (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80;
    if (!paired) break;
    i += 2;
  }
  return i;
}

}  // namespace

TEST_CASE("a skip over two-byte sequences stops at or before the first other byte, at a character's start") {
  const std::vector<std::string> pieces = {"a", " ", ".", "ü", "ß", "ʼ", "Ω", "–", "\x80", "\xC3", "\xCB\xBF", "\xDF\xBF", "😀"};
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int i = 0; i < 1 + round % 40; ++i) text += pieces[random() % pieces.size()];
    for (const unsigned char max_lead : {0xCB, 0xDF}) {
      const size_t from = random() % (FirstOtherByte(text, 0, 0x7F) + 1);  // a character's start
      const size_t latest = FirstOtherByte(text, from, max_lead);
      const size_t skip = SkipTwoByteSequences(text, from, max_lead);
      CAPTURE(text);
      REQUIRE(skip >= from);
      REQUIRE(skip <= latest);
      if (skip < text.size()) REQUIRE(static_cast<unsigned char>(text[skip]) >= 0x80);
      REQUIRE(FirstOtherByte(text, skip, max_lead) == latest);  // at a character's start, as the walk goes
    }
  }
#if defined(__SSE2__)
  const std::string umlauts = "Grüße aus Zürich, über München nach Köln";  // none across blocks: passed over
  CHECK(SkipTwoByteSequences(umlauts + "–", 0, 0xCB) == umlauts.size());
#endif
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
