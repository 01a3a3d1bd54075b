#include "base/intern_table.h"

#include <doctest/doctest.h>

#include <string>

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

}  // namespace kg
