#include "extract/normalize.h"

#include <doctest/doctest.h>

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
}

TEST_CASE("case folding keeps words comparable") { CHECK(FoldCase("STRASSE Straße") == "strasse strasse"); }

}  // namespace kg
