#include "extract/segment.h"

#include <doctest/doctest.h>

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

}  // namespace kg
