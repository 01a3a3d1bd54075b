#include "extract/sentence_break.h"

#include <doctest/doctest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace kg {
namespace {

// The boundaries our code finds; "-1" for each line it refuses.
std::string OwnBreaks(const std::string& text) {
  std::vector<size_t> breaks;
  for (size_t begin = AppendSentenceBreaks(text, 0, text.size(), &breaks); begin < text.size();) {
    breaks.push_back(static_cast<size_t>(-1));
    begin = AppendSentenceBreaks(text, LineEnd(text, begin), text.size(), &breaks);
  }
  std::string out;
  for (size_t b : breaks) out += std::to_string(b) + " ";
  return out;
}

// The boundaries of ICU's root sentence iterator over the whole text.
std::string IcuBreaks(const std::string& text) {
  UErrorCode st = U_ZERO_ERROR;
  static std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), st));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &st);
  sentences->setText(ut, st);
  std::string out;
  sentences->first();
  for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE; b = sentences->next()) {
    out += std::to_string(b) + " ";
  }
  utext_close(ut);
  return out;
}

// Random text from pieces where the sentence-break rules differ: terminators alone, in
// pairs and after abbreviations or numbers, closing quotes and brackets, spaces of every
// kind, line ends, commas and dashes (SContinue), letters of each case and of other
// scripts, digits, and "." glued to a word. No Extend or Format character (see below).
std::string RandomSentenceText(std::mt19937* random, size_t pieces) {
  static const std::vector<std::string> kPieces = {
      "a", "Z", "ö", "Ä", "ß", "der", "Die", "7", "42", "3.5", "1.", "Nr.", "U.S.", "etc.", "t3n.de", "01.AI",
      "z. B.", ".", ". ", "!", "?", "?!", "...", "…", "․", ",", ";", ":", "-", "–", "—", "\"", "'", "’", "‘", "“",
      "”", "„", "«", "»", "(", ")", "[", "]", " ", "  ", "\t", "\u00a0", "\u2003", "\n", "\r\n", "\r", "\n\n",
      "\u0085", "\u2028", "中文", "Ωμ", "ǅ", "١", "。", "؟", "€", "%", "§", "°", "×", "#", "\x01", "😀"};
  std::string text;
  for (size_t i = 0; i < pieces; ++i) text += kPieces[(*random)() % kPieces.size()];
  return text;
}

}  // namespace

TEST_CASE("sentence boundaries of our own code are exactly ICU's") {
  std::mt19937 random(29);
  for (int round = 0; round < 30000; ++round) {
    const std::string text = RandomSentenceText(&random, 1 + round % 24);
    CAPTURE(text);
    REQUIRE(OwnBreaks(text) == IcuBreaks(text));
  }
}

TEST_CASE("a terminator, line end or other character anywhere in a long ASCII run is found as ICU finds it") {
  // The scan tests eight bytes at a time: each character at each place of such a block.
  std::vector<std::string> characters = {"ä", "。", "\u2028", "\u00a0"};
  for (int byte = 1; byte < 0x80; ++byte) characters.push_back(std::string(1, static_cast<char>(byte)));
  for (const std::string& c : characters) {
    for (size_t at = 0; at < 20; ++at) {
      const std::string text = std::string("Das ist ein Satz ohne Ende").replace(at, 1, c) + " Noch ein Satz.";
      CAPTURE(text);
      REQUIRE(OwnBreaks(text) == IcuBreaks(text));
    }
  }
}

TEST_CASE("the two-byte characters U+00C0..U+02FF, which the scan passes over in blocks, end nothing") {
  for (UChar32 c = 0xC0; c < 0x300; ++c) {
    CAPTURE(c);
    const int32_t type = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    CHECK(type != U_SB_ATERM);
    CHECK(type != U_SB_STERM);
    CHECK(type != U_SB_SEP);
    CHECK(type != U_SB_EXTEND);
    CHECK(type != U_SB_FORMAT);
  }
}

TEST_CASE("a Latin letter at each place of a block or across two is passed over as ICU does, a mark after it is not") {
  for (const std::string letter : {"ä", "ß", "Ł", "ǅ", "ʼ"}) {
    for (size_t at = 0; at < 36; ++at) {
      std::string text = std::string("Ein Satz ohne Ende und noch mehr Worte hier").replace(at, 1, letter);
      CAPTURE(text);
      REQUIRE(OwnBreaks(text + ". Noch ein Satz?") == IcuBreaks(text + ". Noch ein Satz?"));
      REQUIRE(OwnBreaks(text + letter + ".\nZweite" + letter + "!") == IcuBreaks(text + letter + ".\nZweite" + letter + "!"));
      std::vector<size_t> breaks;
      CHECK_FALSE(AppendSentenceBreaks(text.insert(at + letter.size(), "\u0308"), 0, text.size(), &breaks));
    }
  }
}

TEST_CASE("no sentence boundary after a period before a digit, a lowercase word or a comma") {
  const std::string text = "Version 3.5 kam. Es ist z.B. gut. Preis: 12. und mehr. Es kam. , sagte er.";
  CHECK(OwnBreaks(text) == "17 34 55 " + std::to_string(text.size()) + " ");
  CHECK(OwnBreaks(text) == IcuBreaks(text));
}

TEST_CASE("a sentence boundary follows closing quotes and the spaces after them, and each line end") {
  const std::string text = "Er rief: „Halt!“  Dann ging er.\nNeu\r\nEnde";
  CHECK(OwnBreaks(text) == "22 36 41 45 ");
}

TEST_CASE("a line with a combining mark or a soft hyphen is refused, and the boundaries before it stay") {
  const std::string text = "Eins. Zwei.\nMu\u0308ller kam. Ja.\nSoft\u00adhyphen.\nEnde. Aus.";
  const size_t second = LineEnd(text, 0), third = LineEnd(text, second), fourth = LineEnd(text, third);
  std::vector<size_t> breaks;
  CHECK(AppendSentenceBreaks(text, 0, text.size(), &breaks) == second);
  CHECK(breaks == std::vector<size_t>{6, 12});
  CHECK(AppendSentenceBreaks(text, third, text.size(), &breaks) == third);
  CHECK(breaks == std::vector<size_t>{6, 12});
  CHECK(AppendSentenceBreaks(text, fourth, text.size(), &breaks) == text.size());
  CHECK(breaks == std::vector<size_t>{6, 12, fourth + 6, text.size()});
}

}  // namespace kg
