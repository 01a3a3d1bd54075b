#include "extract/knowledge.h"

#include <doctest/doctest.h>

#include "extract/normalize.h"

namespace kg {

TEST_CASE("every ISO country is known by its German and English names") {
  Knowledge k;
  REQUIRE(LoadKnowledge({}, &k).ok());
  auto name_of = [&k](const std::string& surface) {
    auto it = k.names.find(NameKey(surface));
    return it == k.names.end() ? std::string() : k.entities[it->second.entity].name;
  };
  CHECK(name_of("Vereinigte Staaten") == "USA");
  CHECK(name_of("United States") == "USA");
  CHECK(name_of("Südkorea") == "Südkorea");
  CHECK(name_of("Germany") == "Deutschland");
}

TEST_CASE("built-in data files load") {
  Knowledge k;
  REQUIRE(LoadKnowledge(BuiltinDataFiles(), &k).ok());
  CHECK(k.entities.size() > 500);
  CHECK(k.country_adjectives.count("chinesisch") == 1);
  CHECK_FALSE(k.List("compete_words").empty());
}

TEST_CASE("a malformed rules file names file, line and column") {
  Knowledge k;
  const Status s = LoadKnowledge({{"my.json", "{\n  \"entities\": [,]\n}"}}, &k);
  CHECK(s.message() == "my.json:2:16: Invalid value.");
}

TEST_CASE("a wrong field in a rules file is named with its path") {
  Knowledge k;
  Status s = LoadKnowledge({{"my.json", R"({"entities": [{"name": "X", "type": "company"}, {"name": "Y", "type": "firm"}]})"}}, &k);
  CHECK(s.message() == "my.json: entities[1].type: expected one of company, model, person, country");
  s = LoadKnowledge({{"my.json", R"({"countries": [{"code": "ZZ"}]})"}}, &k);
  CHECK(s.message() == "my.json: countries[0].code: unknown ISO region \"ZZ\"");
  s = LoadKnowledge({{"my.json", R"({"relations": []})"}}, &k);
  CHECK(s.message().rfind("my.json: relations: unknown section", 0) == 0);
}

}  // namespace kg
