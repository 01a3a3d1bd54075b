#include "export/format.h"

#include <doctest/doctest.h>

#include <sstream>

#include "export/test_graphs.h"

namespace kg {
namespace {

bool Picks(std::string_view path, ExportFormat expected) {
  ExportFormat format = ExportFormat::kGraphml;
  return FormatFromPath(path, &format) && format == expected;
}

}  // namespace

TEST_CASE("the output extension picks the format, case-insensitively") {
  CHECK(Picks("kg.graphml", ExportFormat::kGraphml));
  CHECK(Picks("out/KG.GEXF", ExportFormat::kGexf));
  CHECK(Picks("kg.json", ExportFormat::kJson));
  CHECK(Picks("a.b/kg.dot", ExportFormat::kDot));
}

TEST_CASE("a .csv name or a trailing slash picks the Neo4j CSV folder") {
  CHECK(Picks("neo4j.csv", ExportFormat::kCsv));
  CHECK(Picks("neo4j/", ExportFormat::kCsv));
  CHECK(IsFolderFormat(ExportFormat::kCsv));
  CHECK_FALSE(IsFolderFormat(ExportFormat::kGexf));
}

TEST_CASE("a path without a known extension picks no format") {
  ExportFormat format;
  CHECK_FALSE(FormatFromPath("kg", &format));
  CHECK_FALSE(FormatFromPath("kg.xml", &format));
  CHECK_FALSE(FormatFromPath("dir.json/kg", &format));
  CHECK_FALSE(ParseExportFormat("GraphML", &format));
}

TEST_CASE("the CSV format writes two files into its folder, the others the output itself") {
  const KnowledgeGraph g = HostileGraph();
  const std::vector<ExportFile> csv = ExportFiles(g, ExportFormat::kCsv);
  REQUIRE(csv.size() == 2);
  CHECK(csv[0].name == "entities.csv");
  CHECK(csv[1].name == "relations.csv");
  for (ExportFormat f : {ExportFormat::kGraphml, ExportFormat::kGexf, ExportFormat::kJson, ExportFormat::kDot}) {
    const std::vector<ExportFile> files = ExportFiles(g, f);
    REQUIRE(files.size() == 1);
    CHECK(files[0].name.empty());
    std::ostringstream out;
    CHECK(files[0].write(out).ok());
    CHECK(out.str().find("DeepSeek") != std::string::npos);
  }
}

}  // namespace kg
