#include "base/string_pool.h"

#include <doctest/doctest.h>

#include <string>

namespace kg {

TEST_CASE("a string pool gives equal texts one id and keeps each text once") {
  StringPool pool;
  const uint32_t first = pool.Intern("Die Firma wurde 2023 gegründet.");
  CHECK(pool.Intern("rule.a") == 1);
  CHECK(pool.Intern(std::string("Die Firma wurde 2023 gegründet.")) == first);
  CHECK(pool.size() == 2);
  CHECK(pool.Get(first) == "Die Firma wurde 2023 gegründet.");
  CHECK(pool.Get(1) == "rule.a");
}

TEST_CASE("a string pool's texts stay valid and findable while it grows") {
  StringPool pool;
  const std::string& short_text = pool.Get(pool.Intern("x"));  // held inside the string object
  const std::string& empty = pool.Get(pool.Intern(""));
  for (int i = 0; i < 5000; ++i) CHECK(pool.Intern("text " + std::to_string(i)) == static_cast<uint32_t>(i + 2));
  CHECK(short_text == "x");
  CHECK(empty.empty());
  CHECK(pool.Intern("x") == 0);
  CHECK(pool.Intern("") == 1);
  CHECK(pool.Intern("text 4999") == 5001);
  CHECK(pool.size() == 5002);
}

TEST_CASE("taking a string pool's texts gives them by id and empties the pool") {
  StringPool pool;
  pool.Intern("b");
  pool.Intern(std::string(100, 'a'));
  pool.Intern("b");
  CHECK(pool.TakeAll() == std::vector<std::string>{"b", std::string(100, 'a')});
  CHECK(pool.size() == 0);
  CHECK(pool.Intern(std::string(100, 'a')) == 0);  // the old id is forgotten too
}

}  // namespace kg
