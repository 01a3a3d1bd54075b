#include "extract/segment.h"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

namespace kg {
namespace {

std::vector<std::string> SentenceTexts(const std::string& text,
                                       const std::vector<std::string>& abbreviations = {"Dr.", "Prof.", "Mio.", "z.B.", "u.a."},
                                       const std::vector<std::string>& ordinal_nouns = {}) {
  Segmenter segmenter(abbreviations, ordinal_nouns);
  std::vector<std::string> out;
  for (const Sentence& s : segmenter.Split(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("a Split after Recycle gives what a fresh segmenter gives") {
  const std::string long_text = "Erster Satz mit vielen Wörtern hier. Zweiter Satz folgt. Dritter! Vierter?";
  const std::string short_text = "Nur einer.";
  Segmenter fresh({}), reused({});
  for (const std::string* text : {&long_text, &short_text, &long_text}) {
    const std::vector<Sentence> expected = fresh.Split(*text);
    std::vector<Sentence> got = reused.Split(*text);
    REQUIRE(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].begin == expected[i].begin);
      REQUIRE(got[i].tokens.size() == expected[i].tokens.size());
      for (size_t t = 0; t < got[i].tokens.size(); ++t) CHECK(got[i].tokens[t].text == expected[i].tokens[t].text);
    }
    reused.Recycle(std::move(got));
  }
}

TEST_CASE("sentences do not end at listed German abbreviations") {
  const auto s = SentenceTexts("Dr. Müller kam. Es kostet 5 Mio. Euro, z.B. mehr. Danach ging er.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Dr. Müller kam.");
  CHECK(s[1] == "Es kostet 5 Mio. Euro, z.B. mehr.");
}

TEST_CASE("an abbreviation is a whole word: 'Capital.' and 'überholt.' end sentences") {
  const auto s = SentenceTexts("Er ist bei Albula Capital. Mit Copilot ist es z. B. anders, et al. auch. Sie haben Llama überholt. Eine Studie.",
                               {"al.", "lt.", "z. B."});
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Er ist bei Albula Capital.");
  CHECK(s[1] == "Mit Copilot ist es z. B. anders, et al. auch.");
  CHECK(s[2] == "Sie haben Llama überholt.");
}

TEST_CASE("ordinal numbers before listed nouns do not end a sentence, years and versions do") {
  const auto s = SentenceTexts("Am 1. Januar kam GPT-5. Das war 2025. Danach kam der 12. Mai. Es folgte Hailuo 02. Der Rest.", {},
                               {"Januar", "Mai"});
  REQUIRE(s.size() == 5);
  CHECK(s[3] == "Es folgte Hailuo 02.");
  CHECK(s[0] == "Am 1. Januar kam GPT-5.");
  CHECK(s[1] == "Das war 2025.");
}

TEST_CASE("a line break always ends a sentence") {
  const auto s = SentenceTexts("Überschrift ohne Punkt\nDer Text folgt.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Überschrift ohne Punkt");
}

TEST_CASE("tokens carry byte offsets, case and glue") {
  Segmenter segmenter({});
  const std::string text = "Das Start-up DeepSeek’s GPT-4.";
  const auto sentences = segmenter.Split(text);
  REQUIRE(sentences.size() == 1);
  const auto& t = sentences[0].tokens;
  REQUIRE(t.size() == 9);
  CHECK(t[1].text == "Start");
  CHECK_FALSE(t[2].word);
  CHECK_FALSE(t[3].space_before);
  CHECK(t[4].text == "DeepSeek’s");
  CHECK(t[4].upper_initial);
  CHECK(text.substr(t[6].begin, t[6].end - t[6].begin) == "-");
  CHECK(t[7].has_digit);
}

namespace {

// Token::space_before of each token of each sentence, "1" or "0".
std::string SpacesBefore(Segmenter* segmenter, const std::string& text) {
  std::string out;
  for (const Sentence& s : segmenter->Split(text)) {
    for (const Token& t : s.tokens) out += t.space_before ? '1' : '0';
  }
  return out;
}

// Token::form of each token of each sentence, space-separated.
std::string Forms(Segmenter* segmenter, const std::string& text) {
  std::string out;
  for (const Sentence& s : segmenter->Split(text)) {
    for (const Token& t : s.tokens) out += std::to_string(t.form) + " ";
  }
  return out;
}

}  // namespace

TEST_CASE("a token follows space at the sentence start and after white space, not after a word or punctuation") {
  Segmenter segmenter({});
  // A ( b ) c , d . e f g
  CHECK(SpacesBefore(&segmenter, "A (b) c,d  .e\tf g") == "11001001011");
  // Tokens split by ICU's iterator (for "中"): also after a no-break space.
  CHECK(SpacesBefore(&segmenter, "中 (b)\u00a0,c") == "110010");
}

TEST_CASE("each punctuation text keeps one form across sentences and splits, apart from the words'") {
  Segmenter segmenter({});
  // Forms are numbered as texts first appear: a , b . c d e
  CHECK(Forms(&segmenter, "a, b. c, d.") == "0 1 2 3 4 1 5 3 ");
  CHECK(Forms(&segmenter, "(e, a).") == "6 7 1 0 8 3 ");
  CHECK(Forms(&segmenter, "„e“ ,") == "9 7 10 1 ");
}

TEST_CASE("after the vocabulary is forgotten, punctuation is numbered afresh like words") {
  Segmenter segmenter({});
  const uint64_t epoch = segmenter.epoch();
  std::string many;  // more distinct words than the vocabulary keeps
  for (int i = 0; i < (1 << 20); ++i) many += "w" + std::to_string(i) + " ";
  CHECK(Forms(&segmenter, "a, b.") == "0 1 2 3 ");
  segmenter.Split(many);
  CHECK(Forms(&segmenter, "(b, a).") == "0 1 2 3 4 5 ");
  CHECK(segmenter.epoch() == epoch + 1);
}

TEST_CASE("a line without any punctuation is cut into bounded sentences at spaces") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "wort ";
  Segmenter segmenter({});
  const auto sentences = segmenter.Split(text);
  REQUIRE(sentences.size() >= 6);
  for (const Sentence& s : sentences) {
    CHECK(s.end - s.begin <= 4096);
    CHECK(text.substr(s.begin, 4) == "wort");
  }
}

namespace {

// The range of every sentence and every field of every token, one line each, to compare
// two segmentations.
std::vector<std::string> TokenLines(Segmenter* segmenter, const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : segmenter->Split(text)) {
    out.push_back("sentence " + std::to_string(s.begin) + "-" + std::to_string(s.end));
    for (const Token& t : s.tokens) {
      out.push_back(std::to_string(t.begin) + "-" + std::to_string(t.end) + " " + std::string(t.fold) + " " +
                    std::to_string(t.form) + " " + std::to_string(t.word) +
                    std::to_string(t.space_before) + std::to_string(t.upper_initial) + std::to_string(t.has_digit) +
                    std::to_string(t.has_letter));
    }
  }
  return out;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + " | ";
  return out;
}

// Random text from pieces where the word-break and sentence-break rules differ: letters
// of both cases and with accents, digits, the middle characters of UAX #29, quotes,
// dashes, spaces, line ends, terminators after abbreviations, ordinals and numbers, and
// characters the fast paths leave to ICU (a soft hyphen, a combining mark, '_', CJK, an emoji).
std::string RandomText(std::mt19937* random, size_t pieces) {
  static const std::vector<std::string> kPieces = {
      ". ", "?! ", "...", "  ", "\r\n", "\n\n", "\u0301", "Dr.", "Dr. ", "1. ", "Januar", " der", " Die", "u. a.",
      "a", "Z", "ö", "Ä", "ß", "é", "x", "7", "0", "42", ".", ",", ";", ":", "'", "’", "‘", "\"", "„", "“", "”", "-",
      "–", "—", "…", "€", "%", "(", ")", "/", " ", " ", "\n", "\t", "«", "»", "§", "°", "×", "÷", "!", "?", "&", "+", "@",
      "#", "\u00ad", "_", "中文", "😀", "\u00a0", "ố", "Đ", "ơ", "Ωμ", "жЖ", "ǅ", "·", "•", "‑", "‰", "‼", "\u200b", "Lumo", "K2", "GPT-4.5", "t3n.de", "01.AI", "3,5", "U.S.", "z. B."};
  std::string text;
  for (size_t i = 0; i < pieces; ++i) text += kPieces[(*random)() % kPieces.size()];
  return text;
}

}  // namespace

TEST_CASE("the fast breakers split sentences and words and mark tokens exactly as ICU does") {
  Segmenter fast({"Dr.", "u. a."}, {"Januar"}, Segmenter::Breaker::kFastThenIcu);
  Segmenter icu({"Dr.", "u. a."}, {"Januar"}, Segmenter::Breaker::kIcu);
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(&random, 1 + round % 24);
    CAPTURE(text);
    REQUIRE(Joined(TokenLines(&fast, text)) == Joined(TokenLines(&icu, text)));
  }
  const std::string news = "Das Start-up Orrery’s Modell R1 kostet 5,6 Mio. Dollar (rund 5,2 Mio. Euro); "
                           "laut t3n.de ist es „billiger“ als GPT-4.5 – sagt Dr. Müller.";
  CHECK(TokenLines(&fast, news) == TokenLines(&icu, news));
}

TEST_CASE("a word of ASCII letters and digits joins across a middle character by its last character, as in ICU") {
  Segmenter fast({}, {}, Segmenter::Breaker::kFastThenIcu);
  Segmenter icu({}, {}, Segmenter::Breaker::kIcu);
  // WB6/WB7 join letters, WB11/WB12 digits: only the character before the middle one counts.
  for (const std::string text : {"K2.5 kam", "ab3,4 und 3a.b", "R1’s v2.0.1", "a1b2.c3 x.1 7.a", "GPT4o.mini 4o,5 Q3;4"}) {
    CAPTURE(text);
    CHECK(TokenLines(&fast, text) == TokenLines(&icu, text));
  }
}


TEST_CASE("every ASCII character, at every place of a sixteen-byte block, splits words as in ICU") {
  Segmenter fast({}, {}, Segmenter::Breaker::kFastThenIcu);
  Segmenter icu({}, {}, Segmenter::Breaker::kIcu);
  for (int c = 1; c < 128; ++c) {
    for (size_t at = 0; at < 34; ++at) {
      std::string text = "Wort abcdefghijklmnopqrstuvwxyz 0123456789 Ende";
      text[at + 5 < text.size() ? at + 5 : at] = static_cast<char>(c);
      CAPTURE(c);
      CAPTURE(at);
      REQUIRE(TokenLines(&fast, text) == TokenLines(&icu, text));
    }
  }
}


TEST_CASE("a no-break space splits words as white space, without ICU's iterator, as in ICU") {
  Segmenter fast({}, {}, Segmenter::Breaker::kFastThenIcu);
  Segmenter icu({}, {}, Segmenter::Breaker::kIcu);
  for (const std::string text : {"Modell\u00a0R1 kostet 5\u00a0000\u00a0Euro.", "\u00a0a,\u00a0b\u00a0\u00a0.c", "3,\u00a05 und x\u00a0’s"}) {
    CAPTURE(text);
    CHECK(TokenLines(&fast, text) == TokenLines(&icu, text));
  }
  CHECK(SpacesBefore(&fast, "a\u00a0(b)") == "1100");  // a ( b )
}

}  // namespace kg
