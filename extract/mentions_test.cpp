#include "extract/mentions.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/test_knowledge.h"
#include "graph/name_key.h"

namespace kg {
namespace {

// The written text of each mention of `text`, in order.
std::vector<std::string> MentionTexts(const std::string& text) {
  Extractor extractor(BuiltinKnowledge());
  const DocumentExtraction doc = extractor.Extract("test", text);
  std::vector<std::string> texts;
  for (const Mention& m : doc.mentions) texts.push_back(text.substr(m.begin, m.end - m.begin));
  return texts;
}

}  // namespace

TEST_CASE("a name introduced by context is found again alone, as a genitive and in a longer local name") {
  const std::vector<std::string> texts = MentionTexts(
      "Das Start-up Quellwerk Robotics wächst. Quellwerks Umsatz steigt. Laut Quellwerk Robotics läuft es gut. "
      "Quellwerk sagte nichts.");
  CHECK(texts == std::vector<std::string>{"Quellwerk Robotics", "Quellwerks", "Quellwerk Robotics", "Quellwerk"});
}

TEST_CASE("a local name of two words is found again though its first word alone names nothing") {
  const std::vector<std::string> texts = MentionTexts("Das Start-up Nordwind Zephyr wächst. Laut Nordwind Zephyr läuft es gut.");
  CHECK(texts == std::vector<std::string>{"Nordwind Zephyr", "Nordwind Zephyr"});
}

TEST_CASE("every mention's surface key is the name key of its surface, whether the text is ASCII or not") {
  Extractor extractor(BuiltinKnowledge());
  const DocumentExtraction doc = extractor.Extract(
      "test", "OpenAI und Mistral-7B treffen GPT-4o mini. Das Start-up Quellwerk Robotics wächst. "
              "Das Zürcher Start-up Ölwerk Labs auch. Alibabas Qwen3-Coder und die chinesische Regierung. Weniger bekannt ist Nordwind.");
  REQUIRE(doc.mentions.size() >= 8);
  for (const Mention& m : doc.mentions) CHECK_MESSAGE(m.surface_key == NameKey(m.surface), m.surface);
}

}  // namespace kg
