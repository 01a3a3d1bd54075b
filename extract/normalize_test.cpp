#include "extract/normalize.h"

#include <doctest/doctest.h>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <ios>
#include <random>
#include <string>
#include <vector>

namespace kg {

TEST_CASE("name keys ignore case, spaces, hyphens and diacritics") {
  CHECK(NameKey("Open AI") == "openai");
  CHECK(NameKey("OpenAI") == "openai");
  CHECK(NameKey("DeepSeek-R1") == "deepseekr1");
  CHECK(NameKey("Báo Quốc Tế") == "baoquocte");
  CHECK(NameKey("Straße") == "strasse");
  CHECK(NameKey(" - ").empty());
}

TEST_CASE("documents are brought to NFC") {
  CHECK(NormalizeNfc("Mu\xCC\x88ller") == "M\xC3\xBCller");
  CHECK(NormalizeNfc("schon NFC") == "schon NFC");
  CHECK(NormalizeNfc("A\xCC\x8A und Cafe\xCC\x81 im Text") == "\xC3\x85 und Caf\xC3\xA9 im Text");  // Å, é composed
}

TEST_CASE("NFC into a buffer gives text already in NFC back as it is, and the rest in the buffer") {
  std::string buffer = "stale";
  const std::string nfc = "schon NFC: Müller";
  const std::string_view same = NormalizeNfc(nfc, &buffer);
  CHECK(same.data() == nfc.data());
  CHECK(same.size() == nfc.size());
  const std::string decomposed = "Mu\xCC\x88ller";
  const std::string_view composed = NormalizeNfc(decomposed, &buffer);
  CHECK(composed == "M\xC3\xBCller");
  CHECK(composed.data() == buffer.data());
}

namespace {

std::string IcuNfc(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  icu::Normalizer2::getNFCInstance(status)->normalizeUTF8(0, icu::StringPiece(utf8), sink, nullptr, status);
  return out;
}

std::string Utf8(UChar32 c) {
  std::string out;
  icu::UnicodeString(c).toUTF8String(out);
  return out;
}

}  // namespace

// NormalizeNfc returns most text as it is without asking ICU (a table of code points that
// never compose or reorder); each result must still be ICU's.
TEST_CASE("NFC without ICU's pass agrees with ICU for every code point below U+3000") {
  const std::vector<UChar32> followers = {0, 'a', 0x0301, 0x0316, 0x0345, 0x1161, 0x11A8, 0x3099, 0x05B0, 0x093C};
  for (UChar32 c = 1; c < 0x3000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    for (UChar32 next : followers) {
      const std::string text = "x" + Utf8(c) + (next == 0 ? "" : Utf8(next)) + "y";
      const std::string expected = IcuNfc(text);
      if (NormalizeNfc(text) != expected) FAIL_CHECK("U+" << std::hex << c << " then U+" << next);
    }
  }
}

TEST_CASE("every code point of two bytes up to U+02FF, passed over without decoding, is NFC-stable") {
  for (UChar32 c = 0x80; c < 0x300; ++c) {
    CAPTURE(c);
    CHECK(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES);
    CHECK(u_getCombiningClass(c) == 0);
  }
}

TEST_CASE("NFC without ICU's pass agrees with ICU on random text") {
  const std::vector<UChar32> alphabet = {'a', 'e', ' ', '.', 0xE4, 0xFC, 0xDF, 0x201E, 0x201C, 0x2013, 0x2000, 0x2001,
                                         0x0300, 0x0301, 0x0308, 0x0327, 0x0340, 0x0374, 0x037E, 0x1E00, 0x1100,
                                         0x1161, 0xAC00, 0x11A8, 0x3042, 0x3099, 0x1F600, 0xFB01, 0x2126, 0x212B};
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 8) + 1;
    for (int i = 0; i < length; ++i) text += Utf8(alphabet[random() % alphabet.size()]);
    if (NormalizeNfc(text) != IcuNfc(text)) FAIL_CHECK("random text " << round);
  }
  CHECK(NormalizeNfc("\xC3") == IcuNfc("\xC3"));  // malformed input goes to ICU
  CHECK(NormalizeNfc("\xE0\x80\xAF") == IcuNfc("\xE0\x80\xAF"));  // overlong
}

TEST_CASE("case folding keeps words comparable") { CHECK(FoldCase("STRASSE Straße") == "strasse strasse"); }

TEST_CASE("ASCII text folds as it does beside a Latin-1 letter, for every ASCII byte") {
  for (int c = 0; c < 0x80; ++c) {
    const std::string text = "Ab" + std::string(1, static_cast<char>(c)) + "Z";
    CAPTURE(c);
    CHECK(FoldCase(text + "É") == FoldCase(text) + "é");  // É, é: the Latin-1 path
  }
}


// Every character the Latin fast paths of NameKey and FoldCase handle, and some words.
std::vector<std::string> LatinPieces() {
  std::vector<std::string> pieces = {"Müller", "STRASSE", "Œuvre", " ", "-", "4o", "Ärger"};
  for (int c = 0x20; c < 0x7F; ++c) pieces.emplace_back(1, static_cast<char>(c));
  for (int c = 0x80; c < 0xC0; ++c) pieces.push_back(std::string{static_cast<char>(0xC3), static_cast<char>(c)});
  return pieces;
}

// "Ā" (U+0100) is outside the fast paths: a text ending in it takes ICU's path all along,
// and Ā itself keys to "a" and folds to "ā".
TEST_CASE("the Latin fast paths of name keys and case folding agree with ICU's") {
  const std::vector<std::string> pieces = LatinPieces();
  std::mt19937 random(11);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (int i = 0; i < 1 + round % 9; ++i) text += pieces[random() % pieces.size()];
    CAPTURE(text);
    REQUIRE(NameKey(text + "\u0100") == NameKey(text) + "a");
    REQUIRE(FoldCase(text + "\u0100") == FoldCase(text) + "\u0101");
  }
  CHECK(NameKey("Ærø Straße") == "\u00e6r\u00f8strasse");  // æ and ø have no marks to drop
}

// The extractor keys a token by its folded text (a word's cache entry holds the key).
TEST_CASE("a name key is the same for a text and its case folding") {
  const std::vector<std::string> pieces = {"İ", "ß", "ẞ", "ﬁ", "Σ", "ς", "K", "Å", "ǅ", "Ωμέγα", "ДЖ", "中文", "Ａ", "Ⅻ",
                                           "Müller", "Œ", "a", "Z", "3", "-", " ", "\u0301", "ŉ", "ǰ"};
  std::mt19937 random(5);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int i = 0; i < 1 + round % 6; ++i) text += pieces[random() % pieces.size()];
    CAPTURE(text);
    REQUIRE(NameKey(FoldCase(text)) == NameKey(text));
  }
}

}  // namespace kg
