#include "export/text_escape.h"

#include <doctest/doctest.h>

#include <sstream>

namespace kg {
namespace {

using Writer = void (*)(std::ostream&, std::string_view);

std::string Escaped(Writer write, std::string_view text) {
  std::ostringstream out;
  write(out, text);
  return out.str();
}

std::string Array(const std::vector<std::string>& items) {
  std::ostringstream out;
  WriteNeo4jArray(out, items);
  return out.str();
}

}  // namespace

TEST_CASE("XML escaping writes markup as entities and whitespace controls as references") {
  CHECK(Escaped(WriteXmlEscaped, "a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
  CHECK(Escaped(WriteXmlEscaped, "1\t2\n3\r4") == "1&#9;2&#10;3&#13;4");
}

TEST_CASE("XML escaping replaces what XML 1.0 forbids and malformed UTF-8 with U+FFFD") {
  CHECK(Escaped(WriteXmlEscaped, std::string("a\x00z", 3)) == "a\xEF\xBF\xBDz");
  CHECK(Escaped(WriteXmlEscaped, "\x01\x1F") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(Escaped(WriteXmlEscaped, "x\xEF\xBF\xBEy\xEF\xBF\xBF") == "x\xEF\xBF\xBDy\xEF\xBF\xBD");
  CHECK(Escaped(WriteXmlEscaped, "bad\xC3(") == "bad\xEF\xBF\xBD(");
}

TEST_CASE("emoji, RTL text and U+FFFD itself pass through every escaper unchanged") {
  const std::string text = "\xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\x8F \xEF\xBF\xBD";
  CHECK(Escaped(WriteXmlEscaped, text) == text);
  CHECK(Escaped(WriteDotEscaped, text) == text);
  CHECK(Escaped(WriteCsvQuoted, text) == "\"" + text + "\"");
}

TEST_CASE("DOT escaping backslash-escapes quotes, backslashes and line breaks") {
  CHECK(Escaped(WriteDotEscaped, "say \"hi\"\\n") == "say \\\"hi\\\"\\\\n");
  CHECK(Escaped(WriteDotEscaped, "a\nb\rc\td") == "a\\nb\\rc\td");
  CHECK(Escaped(WriteDotEscaped, "R&D <x>\x07\xEF\xBF\xBF") == "R&amp;D <x>\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("CSV fields are always quoted, with quotes doubled and newlines kept") {
  CHECK(Escaped(WriteCsvQuoted, "") == "\"\"");
  CHECK(Escaped(WriteCsvQuoted, "a,\"b\"\nc;d") == "\"a,\"\"b\"\"\nc;d\"");
}

TEST_CASE("Neo4j arrays join with semicolons and write one inside an item as U+FF1B") {
  CHECK(Array({}) == "");
  CHECK(Array({"a", "b|c"}) == "\"a;b|c\"");
  CHECK(Array({"x;y", "q\""}) == "\"x\xEF\xBC\x9By;q\"\"\"");
}

TEST_CASE("list items holding '|' or '\\' survive JoinList and SplitList") {
  const std::vector<std::string> items = {"a|b", "c\\", "\\|", "plain"};
  CHECK(JoinList(items) == "a\\|b|c\\\\|\\\\\\||plain");
  CHECK(SplitList(JoinList(items)) == items);
  CHECK(SplitList("").empty());
  CHECK(SplitList("a|b") == std::vector<std::string>{"a", "b"});
}

}  // namespace kg

namespace kg {

TEST_CASE("evidence JSON nested a million levels deep is an error, not a stack overflow") {
  std::vector<Evidence> evidence;
  std::string error;
  CHECK_FALSE(EvidenceFromJson(std::string(1000000, '['), &evidence, &error));
  CHECK(error == "Invalid value. at offset 1000000");
}

}  // namespace kg
