#include "export/dot.h"

#include <doctest/doctest.h>

#include <sstream>

#include "export/test_graphs.h"

namespace kg {
namespace {

std::string Dot() {
  std::ostringstream out;
  REQUIRE(WriteDot(HostileGraph(), out).ok());
  return out.str();
}

bool HasLine(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("DOT nodes have quoted ids, escaped labels and the colour of their type") {
  const std::string dot = Dot();
  CHECK(dot.rfind("digraph kgraph {\n", 0) == 0);
  CHECK(HasLine(dot, "  \"n0\" [label=\"DeepSeek\", type=\"company\", mentions=3, color=\"#0072b2\", "
                     "fillcolor=\"#0072b240\"];"));
  const std::string hostile =
      "Q\\\"<&amp;>' \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D;a|b\\\\c\\nd\\re\tf\xEF\xBF\xBDg";
  CHECK(HasLine(dot, "  \"n1\" [label=\"" + hostile + "\", type=\"company\", mentions=2, color=\"#0072b2\", "
                     "fillcolor=\"#0072b240\"];"));
}

TEST_CASE("DOT edges keep parallel relations and label them") {
  const std::string dot = Dot();
  CHECK(dot.find("  \"n0\" -> \"n1\" [label=\"funded-by\", relation=\"funded-by\", weight=2, tooltip=") !=
        std::string::npos);
  CHECK(HasLine(dot, "  \"n0\" -> \"n1\" [label=\"competes-with\", relation=\"competes-with\", weight=1, "
                     "tooltip=\"DeepSeek konkurriert.\"];"));
  CHECK(dot.substr(dot.size() - 2) == "}\n");
}

}  // namespace kg
