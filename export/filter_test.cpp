#include "export/filter.h"

#include <doctest/doctest.h>

#include "export/test_graphs.h"

namespace kg {

TEST_CASE("filtering by type drops the other nodes and every edge touching them") {
  ExportFilter filter;
  filter.types = {EntityType::kCompany};
  const KnowledgeGraph g = FilterGraph(HostileGraph(), filter);
  REQUIRE(g.node_count() == 2);
  CHECK(g.entity(1).name == kHostileName);
  CHECK(g.edge_count() == 2);
}

TEST_CASE("filtering by relation keeps every node and renumbers nothing") {
  ExportFilter filter;
  filter.relations = {RelationType::kDevelopedBy};
  const KnowledgeGraph g = FilterGraph(HostileGraph(), filter);
  CHECK(g.node_count() == 3);
  REQUIRE(g.edge_count() == 1);
  CHECK(g.Edges()[0].source == 2);
  CHECK(g.Edges()[0].target == 0);
}

TEST_CASE("a minimum weight drops edges with fewer evidences") {
  ExportFilter filter;
  filter.min_weight = 2;
  const KnowledgeGraph g = FilterGraph(HostileGraph(), filter);
  REQUIRE(g.edge_count() == 1);
  CHECK(g.Edges()[0].relation->type == RelationType::kFundedBy);
}

TEST_CASE("kept nodes are renumbered densely in their original order") {
  ExportFilter filter;
  filter.types = {EntityType::kModel};
  const KnowledgeGraph g = FilterGraph(HostileGraph(), filter);
  REQUIRE(g.node_count() == 1);
  CHECK(g.entity(0).name == "Kimi");
  CHECK(g.edge_count() == 0);
  CHECK(g.FindByKey("Kimi") == std::vector<NodeId>{0});
}

TEST_CASE("filter names are parsed, and an unknown one names the flag and the choices") {
  std::vector<EntityType> types;
  CHECK(ParseEntityTypes("--types", {"model", "person"}, &types).ok());
  CHECK(types == std::vector<EntityType>{EntityType::kModel, EntityType::kPerson});
  std::vector<RelationType> relations;
  const Status s = ParseRelationTypes("--relations", {"funded_by"}, &relations);
  CHECK(s.message() ==
        "--relations: unknown relation \"funded_by\" (expected developed-by, funded-by, competes-with, "
        "restricted-by, based-in, works-for)");
  CHECK(ParseEntityTypes("--types", {"city"}, &types).message() ==
        "--types: unknown entity type \"city\" (expected company, model, person, country)");
}

}  // namespace kg
