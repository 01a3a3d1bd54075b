#include "extract/normalize.h"

#include <doctest/doctest.h>

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

TEST_CASE("case folding keeps words comparable") { CHECK(FoldCase("STRASSE Straße") == "strasse strasse"); }

}  // namespace kg

namespace kg {

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
