#include "graph/knowledge_graph.h"

#include <doctest/doctest.h>

namespace kg {

TEST_CASE("nodes added within the reserved count stay where they are") {
  KnowledgeGraph g;
  g.ReserveNodes(3);
  const Entity* first = &g.entity(g.AddEntity({"Orrery", EntityType::kCompany, {}, {"orrery"}, 1, {"a.txt"}}));
  g.AddEntity({"Lumora", EntityType::kCompany, {}, {"lumora"}, 1, {"a.txt"}});
  g.AddEntity({"Kling", EntityType::kModel, {}, {"kling"}, 1, {"b.txt"}});
  CHECK(&g.entity(0) == first);  // growing the node storage would have moved it
  CHECK(g.entity(0).name == "Orrery");
  CHECK(g.entity(2).documents == std::vector<std::string>{"b.txt"});
  CHECK(g.FindByKey("lumora") == std::vector<NodeId>{1});
}

TEST_CASE("a node's degree counts its edges both ways, as OutEdges and InEdges list them") {
  KnowledgeGraph g;
  const NodeId a = g.AddEntity({"Orrery", EntityType::kCompany, {}, {"orrery"}, 1, {"a.txt"}});
  const NodeId b = g.AddEntity({"Lumora", EntityType::kCompany, {}, {"lumora"}, 1, {"a.txt"}});
  const NodeId m = g.AddEntity({"Kling", EntityType::kModel, {}, {"kling"}, 1, {"a.txt"}});
  g.AddRelation(m, a, Relation{RelationType::kDevelopedBy, {}});
  g.AddRelation(a, b, Relation{RelationType::kCompetesWith, {}});
  g.AddRelation(b, a, Relation{RelationType::kFundedBy, {}});
  for (NodeId id : {a, b, m}) CHECK(g.Degree(id) == g.OutEdges(id).size() + g.InEdges(id).size());
  CHECK(g.Degree(a) == 3);
  CHECK(g.Degree(m) == 1);
}

}  // namespace kg
