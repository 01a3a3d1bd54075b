#include "export/neo4j_csv.h"

#include <doctest/doctest.h>

#include <sstream>

#include "export/test_graphs.h"

namespace kg {
namespace {

std::string Entities() {
  std::ostringstream out;
  REQUIRE(WriteNeo4jEntities(HostileGraph(), out).ok());
  return out.str();
}

std::string Relations() {
  std::ostringstream out;
  REQUIRE(WriteNeo4jRelations(HostileGraph(), out).ok());
  return out.str();
}

}  // namespace

TEST_CASE("Neo4j entity rows quote names and carry the type as label") {
  const std::string csv = Entities();
  CHECK(csv.rfind("id:ID,name,:LABEL,aliases:string[],mentions:int,documents:string[]\n", 0) == 0);
  CHECK(csv.find("\nn0,\"DeepSeek\",Company,,3,\n") != std::string::npos);
  const std::string hostile = "Q\"\"<&>' \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D;a|b\\c\nd\re\tf\x07g";
  CHECK(csv.find("\nn1,\"" + hostile + "\",Company,\"p|q\\r;x\xEF\xBC\x9By\",2,\"a\xEF\xBC\x9B" "b|c.txt\"\n") !=
        std::string::npos);
  CHECK(csv.find("\nn2,\"Kimi\",Model,,1,\n") != std::string::npos);
}

TEST_CASE("Neo4j relation rows carry the Neo4j type, weight, first sentence and documents") {
  const std::string csv = Relations();
  CHECK(csv.rfind(":START_ID,:END_ID,:TYPE,weight:int,evidence,documents:string[]\n", 0) == 0);
  CHECK(csv.find("\nn0,n1,COMPETES_WITH,1,\"DeepSeek konkurriert.\",\"b.txt\"\n") != std::string::npos);
  CHECK(csv.find("\nn2,n0,DEVELOPED_BY,1,") != std::string::npos);
  CHECK(csv.find("\nn0,n1,FUNDED_BY,2,\"DeepSeek wird von Q\"\"<&>") != std::string::npos);
}

TEST_CASE("labels and relationship types are spelled the Neo4j way") {
  CHECK(Neo4jLabel(EntityType::kCountry) == "Country");
  CHECK(Neo4jType(RelationType::kRestrictedBy) == "RESTRICTED_BY");
  CHECK(Neo4jType(RelationType::kWorksFor) == "WORKS_FOR");
}

}  // namespace kg
