#include "base/intern_table.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <unordered_set>

namespace kg {

TEST_CASE("an intern table finds what it stored, across growth, and its values stay put") {
  InternTable<int> table;
  CHECK(table.Find("a") == nullptr);
  const int& first = table.Insert("word0", 0);
  for (int i = 1; i < 5000; ++i) table.Insert("word" + std::to_string(i), i);
  CHECK(table.size() == 5000);
  CHECK(&first == table.Find("word0"));  // not moved by the table's growth
  for (int i = 0; i < 5000; i += 7) {
    const int* value = table.Find("word" + std::to_string(i));
    REQUIRE(value != nullptr);
    CHECK(*value == i);
  }
  CHECK(table.Find("word5000") == nullptr);
  CHECK(table.Find("") == nullptr);
  table.Insert("", -1);
  CHECK(*table.Find("") == -1);
  table.Clear();
  CHECK(table.size() == 0);
  CHECK(table.Find("word1") == nullptr);
}

TEST_CASE("a copy of an intern table finds its own values, and outlives the original") {
  auto original = std::make_unique<InternTable<int>>();
  for (int i = 0; i < 3000; ++i) original->Insert("key" + std::to_string(i), i);
  InternTable<int> copy = *original;
  InternTable<int> assigned;
  assigned.Insert("other", 7);
  assigned = *original;
  const int* in_original = original->Find("key42");
  original.reset();
  for (const InternTable<int>* table : {&copy, &assigned}) {
    REQUIRE(table->Find("key42") != nullptr);
    CHECK(table->Find("key42") != in_original);
    CHECK(*table->Find("key2999") == 2999);
    CHECK(table->Find("other") == nullptr);
    CHECK(table->size() == 3000);
  }
  InternTable<int> moved = std::move(copy);
  CHECK(*moved.Find("key7") == 7);
}

TEST_CASE("StringSet holds each key once and answers like std::unordered_set") {
  StringSet set;
  std::unordered_set<std::string> reference;
  for (int i = 0; i < 5000; ++i) {
    const std::string key = std::to_string((i * 7919) % 3001);  // repeats after 3001 keys
    CHECK(set.Insert(key) == reference.insert(key).second);
  }
  CHECK(set.size() == reference.size());
  for (int i = 0; i < 4000; ++i) {
    const std::string key = std::to_string(i);
    CHECK(set.Contains(key) == (reference.count(key) > 0));
  }
  CHECK_FALSE(set.Contains(""));
  CHECK(set.Insert(""));
  CHECK(set.Contains(""));
  set.Clear();
  CHECK(set.size() == 0);
  CHECK_FALSE(set.Contains("42"));
}

TEST_CASE("HashString depends on every byte and on the length") {
  for (size_t n = 1; n <= 40; ++n) {
    std::string key(n, 'a');
    const uint64_t h = HashString(key);
    for (size_t i = 0; i < n; ++i) {
      std::string changed = key;
      changed[i] = 'b';
      CHECK_MESSAGE(HashString(changed) != h, "length " << n << ", byte " << i);
    }
    CHECK(HashString(key + 'a') != h);
    CHECK(HashString(key) == h);
  }
  CHECK(StringHash()("lumora") == static_cast<size_t>(HashString("lumora")));
}

}  // namespace kg
