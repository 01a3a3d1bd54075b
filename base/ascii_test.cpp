#include "base/ascii.h"

#include <doctest/doctest.h>

#include <string>

namespace kg {

TEST_CASE("the first non-ASCII byte is found at any offset, from any start, in blocks or not") {
  CHECK(FindNonAscii("", 0) == 0);
  CHECK(FindNonAscii("abc", 0) == 3);
  for (size_t at = 0; at < 41; ++at) {
    std::string text(41, 'a');
    text[at] = '\x80';
    for (size_t from = 0; from <= at; ++from) CHECK(FindNonAscii(text, from) == at);
    CHECK(FindNonAscii(text, at + 1) == text.size());
    text[at] = '\x7f';  // the highest ASCII byte
    CHECK(FindNonAscii(text, 0) == text.size());
  }
}

}  // namespace kg
