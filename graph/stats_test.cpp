#include "graph/stats.h"

#include <doctest/doctest.h>

#include "graph/test_graph.h"

namespace kg {

TEST_CASE("stats count entities per type, relations per type, evidence and documents") {
  TestGraph t;
  const NodeId lab = t.Add("Lab", EntityType::kCompany);
  const NodeId model = t.Add("Model", EntityType::kModel);
  const NodeId land = t.Add("Land", EntityType::kCountry);
  t.Relate(model, RelationType::kDevelopedBy, lab, 3);
  t.Relate(lab, RelationType::kBasedIn, land);
  const GraphStats stats = ComputeStats(t.graph);
  CHECK(stats.entities == 3);
  CHECK(stats.relations == 2);
  CHECK(stats.evidences == 4);
  CHECK(stats.documents == 1);
  CHECK(stats.per_entity_type[static_cast<size_t>(EntityType::kCompany)] == 1);
  CHECK(stats.per_entity_type[static_cast<size_t>(EntityType::kPerson)] == 0);
  CHECK(stats.per_relation_type[static_cast<size_t>(RelationType::kBasedIn)] == 1);
}

TEST_CASE("top entities are ranked by degree, then mentions, and cut at the limit") {
  TestGraph t;
  const NodeId hub = t.Add("Hub", EntityType::kCompany, 1);
  const NodeId loud = t.Add("Loud", EntityType::kCompany, 50);
  const NodeId quiet = t.Add("Quiet", EntityType::kCompany, 2);
  t.Relate(loud, RelationType::kCompetesWith, hub);
  t.Relate(quiet, RelationType::kCompetesWith, hub);
  const GraphStats stats = ComputeStats(t.graph, 2);
  REQUIRE(stats.top_entities.size() == 2);
  CHECK(stats.top_entities[0].node == hub);
  CHECK(stats.top_entities[0].degree == 2);
  CHECK(stats.top_entities[1].node == loud);
}

}  // namespace kg
