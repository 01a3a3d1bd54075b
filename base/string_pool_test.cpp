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

TEST_CASE("a released text moves out of the pool and a new intern of it gets a new id") {
  StringPool pool;
  const std::string long_text(100, 'a');  // not held inside the string object
  const uint32_t id = pool.Intern(long_text);
  const uint32_t empty = pool.Intern("");
  CHECK(pool.Release(id) == long_text);
  CHECK(pool.Get(id).empty());
  CHECK(pool.Intern("") == empty);  // releasing did not forget another text
  CHECK(pool.Release(id).empty());  // a second release changes nothing
  CHECK(pool.Intern("") == empty);
  CHECK(pool.Intern(long_text) == 2);
  CHECK(pool.Get(2) == long_text);
}

}  // namespace kg
