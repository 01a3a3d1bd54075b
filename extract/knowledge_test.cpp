#include "extract/knowledge.h"

#include <doctest/doctest.h>

#include <set>

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

TEST_CASE("every known entity's key is the name key of its final name, also after a country's rename") {
  Knowledge k;
  REQUIRE(LoadKnowledge(BuiltinDataFiles(), &k).ok());
  REQUIRE(LoadKnowledge({{"my.json", R"({"entities": [{"name": "Quellwerk Labs", "type": "company"}]})"}}, &k).ok());
  for (const KnownEntity& e : k.entities) CHECK_MESSAGE(e.key == NameKey(e.name), e.name);
  CHECK(k.entities.back().key == "quellwerklabs");
}

TEST_CASE("a prefix set holds every non-empty prefix of the keys added, once") {
  PrefixSet set;
  CHECK_FALSE(set.Contains("a"));
  set.AddWithPrefixes("openai");
  set.AddWithPrefixes("open");  // all its prefixes known already
  set.AddWithPrefixes("opera");
  set.AddWithPrefixes("");
  for (const char* prefix : {"o", "op", "ope", "open", "opena", "openai", "oper", "opera"}) CHECK_MESSAGE(set.Contains(prefix), prefix);
  for (const char* other : {"", "p", "openais", "operas", "pen", "x"}) CHECK_FALSE_MESSAGE(set.Contains(other), other);
  CHECK(set.size() == 8);
  PrefixSet copy = set;  // a copy asks its own keys
  set.Clear();
  CHECK_FALSE(set.Contains("o"));
  CHECK(copy.Contains("opena"));
}

TEST_CASE("a prefix set grows past its first table") {
  PrefixSet set;
  for (int i = 0; i < 2000; ++i) set.AddWithPrefixes("key" + std::to_string(i));
  CHECK(set.size() == 3 + 2000);  // "k", "ke", "key" and the keys ("key19", a prefix of "key190", is a key too)
  for (int i = 0; i < 2000; i += 7) CHECK(set.Contains("key" + std::to_string(i)));
  CHECK_FALSE(set.Contains("key2000"));
}

TEST_CASE("the prefix sets hold every prefix of every name or city key, and nothing else") {
  Knowledge k;
  REQUIRE(LoadKnowledge(BuiltinDataFiles(), &k).ok());
  std::set<std::string> names, cities;
  for (const auto& [key, name] : k.names) {
    for (size_t n = 1; n <= key.size(); ++n) names.insert(key.substr(0, n));
  }
  for (const auto& [key, country] : k.city_countries) {
    for (size_t n = 1; n <= key.size(); ++n) cities.insert(key.substr(0, n));
  }
  for (const std::string& prefix : names) CHECK_MESSAGE(k.name_prefixes.Contains(prefix), prefix);
  for (const std::string& prefix : cities) CHECK_MESSAGE(k.city_prefixes.Contains(prefix), prefix);
  CHECK(k.name_prefixes.size() == names.size());
  CHECK(k.city_prefixes.size() == cities.size());
  CHECK(k.lowercase_prefixes.Contains("xa"));  // "xAI"
  CHECK_FALSE(k.lowercase_prefixes.Contains("open"));
}

TEST_CASE("the trigger word index finds exactly the lists a scan of every trigger's first word finds") {
  Knowledge k;
  REQUIRE(LoadKnowledge(BuiltinDataFiles(), &k).ok());
  std::vector<std::string> words = {"", "s", "runde", "finanzierungsrunde", "-runde", "ki-start-up", "start-up"};
  for (const auto& [name, list] : k.triggers) {  // every core, and it with letters around it
    for (const Trigger& t : list.triggers()) {
      const std::string core = WordPattern(t.front()).core;
      for (const std::string& w : {core, "x" + core, core + "x", "ab" + core + "cd", core.substr(1)}) words.push_back(w);
    }
  }
  size_t matched = 0;
  for (const std::string& word : words) {
    TriggerWordIndex::Lists expected;
    for (const auto& [name, list] : k.triggers) {
      for (const Trigger& t : list.triggers()) {
        const bool wildcard = t.front().find('*') != std::string::npos;
        if (wildcard ? WordPattern(t.front()).Matches(word) : t.front() == word) {
          (t.size() > 1 ? expected.phrase_start : expected.single).set(list.index());
        }
      }
    }
    const TriggerWordIndex::Lists found = k.trigger_words.Of(word);
    CHECK_MESSAGE((found.single == expected.single), word);
    CHECK_MESSAGE((found.phrase_start == expected.phrase_start), word);
    matched += expected.single.any() || expected.phrase_start.any();
  }
  CHECK(matched > 500);
}

TEST_CASE("a trigger list matches its longest phrase at a word, whether the phrase starts with a plain or a wildcard word") {
  TriggerSet list;
  for (const Trigger& t : std::vector<Trigger>{{"im"}, {"im", "wettbewerb"}, {"im", "wettbewerb", "mit"}, {"im", "streit"},
                                               {"*kampf", "gegen"}, {"kampf*", "um", "kunden"}}) {
    list.Add(t);
  }
  const auto match = [&list](std::vector<std::string_view> words) {
    return list.MatchPrefix(words.data(), words.size(), words[0] == "im");  // the one single-word trigger
  };
  CHECK(match({"im", "wettbewerb", "mit", "x"}) == 3);
  CHECK(match({"im", "wettbewerb"}) == 2);  // the three-word phrase needs a third word
  CHECK(match({"im", "streit"}) == 2);
  CHECK(match({"im", "garten"}) == 1);  // "im" alone is a trigger too
  CHECK(match({"preiskampf", "gegen"}) == 2);
  CHECK(match({"kampf", "gegen"}) == 0);  // "*kampf" wants letters before "kampf"
  CHECK(match({"kampfes", "um", "kunden"}) == 3);
  CHECK(match({"wettbewerb", "mit"}) == 0);
}

TEST_CASE("a trigger's words are split at any run of blanks") {
  Knowledge k;
  REQUIRE(LoadKnowledge({{"my.json", R"({"triggers": {"mine": ["  Im\tWettbewerb \n mit ", "allein", " "]}})"}}, &k).ok());
  CHECK(k.List("mine").triggers() == std::vector<Trigger>{{"im", "wettbewerb", "mit"}, {"allein"}});
}

TEST_CASE("cities and countries refer to a country by its code, also to one a rules file added") {
  Knowledge k;
  REQUIRE(LoadKnowledge(BuiltinDataFiles(), &k).ok());
  REQUIRE(LoadKnowledge({{"a.json", R"({"cities": [{"name": "Quellstadt", "country": "DE"}],
                                      "entities": [{"name": "Freedonia", "type": "country", "aliases": ["FD"]}]})"},
                         {"b.json", R"({"countries": [{"code": "FD", "demonyms": ["Freedonians"]}],
                                      "cities": [{"name": "Fredville", "country": "FD"}]})"}},
                        &k)
            .ok());
  const size_t freedonia = k.entities.size() - 1;
  CHECK(k.entities[k.city_countries.at(NameKey("Quellstadt"))].name == "Deutschland");
  CHECK(k.city_countries.at(NameKey("Fredville")) == freedonia);
  CHECK(k.names.find(NameKey("Freedonians"))->second.entity == freedonia);
}

TEST_CASE("escapes in a rules file's strings are decoded") {
  Knowledge k;
  REQUIRE(LoadKnowledge({{"my.json", R"({"abbreviations": ["a\"b\\c", "Caf\u00e9", "x\ud83d\ude00"]})"}}, &k).ok());
  CHECK(k.abbreviations == std::vector<std::string>{"a\"b\\c", "Caf\u00e9", "x\U0001F600"});
}

TEST_CASE("a malformed rules file names file, line and column") {
  Knowledge k;
  const Status s = LoadKnowledge({{"my.json", "{\n  \"entities\": [,]\n}"}}, &k);
  CHECK(s.message() == "my.json:2:16: Invalid value.");
}

TEST_CASE("a rules file with a string that is not UTF-8 names the line and column of the bad byte") {
  Knowledge k;
  const Status s = LoadKnowledge({{"my.json", "{\n  \"not_names\": [\"ok\", \"bad \xC3(\"]\n}"}}, &k);
  CHECK(s.message() == "my.json:2:28: Invalid encoding in string.");
}

TEST_CASE("a wrong field in a rules file is named with its path") {
  Knowledge k;
  Status s = LoadKnowledge({{"my.json", R"({"entities": [{"name": "X", "type": "company"}, {"name": "Y", "type": "firm"}]})"}}, &k);
  CHECK(s.message() == "my.json: entities[1].type: expected one of company, model, person, country");
  s = LoadKnowledge({{"my.json", R"({"countries": [{"code": "ZZ"}]})"}}, &k);
  CHECK(s.message() == "my.json: countries[0].code: unknown ISO region \"ZZ\"");
  s = LoadKnowledge({{"my.json", R"({"cities": [{"name": "A", "country": "DE", "adjectives": ["a", 2]}]})"}}, &k);
  CHECK(s.message() == "my.json: cities[0].adjectives[1]: expected a string");
  s = LoadKnowledge({{"my.json", R"({"triggers": {"mine": ["a", 1]}})"}}, &k);
  CHECK(s.message() == "my.json: triggers.mine[1]: expected a string");
  s = LoadKnowledge({{"my.json", R"({"first_names": {}})"}}, &k);
  CHECK(s.message() == "my.json: first_names: expected a list of strings");
  s = LoadKnowledge({{"my.json", R"({"relations": []})"}}, &k);
  CHECK(s.message().rfind("my.json: relations: unknown section", 0) == 0);
}

}  // namespace kg
