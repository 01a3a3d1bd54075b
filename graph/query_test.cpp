#include "graph/query.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "graph/test_graph.h"

namespace kg {
namespace {

// A small world: a lab, its model, its investor, two countries, a rival and its employee.
struct World : TestGraph {
  NodeId lab = Add("Alpha Labs", EntityType::kCompany, 10, {"Alpha"});
  NodeId model = Add("Alpha One", EntityType::kModel);
  NodeId investor = Add("Beta Capital", EntityType::kCompany);
  NodeId atlantis = Add("Atlantis", EntityType::kCountry);
  NodeId rival = Add("Gamma", EntityType::kCompany);
  NodeId borealis = Add("Borealis", EntityType::kCountry);
  NodeId person = Add("Dana Ray", EntityType::kPerson);
  World() {
    Relate(model, RelationType::kDevelopedBy, lab, 2);
    Relate(lab, RelationType::kFundedBy, investor);
    Relate(investor, RelationType::kBasedIn, atlantis);
    Relate(lab, RelationType::kBasedIn, atlantis);
    Relate(rival, RelationType::kCompetesWith, lab);
    Relate(rival, RelationType::kBasedIn, borealis);
    Relate(person, RelationType::kWorksFor, rival);
  }
};

// The neighbours as "name@depth<via" strings, in order.
std::vector<std::string> Names(const KnowledgeGraph& g, const std::vector<Neighbour>& found) {
  std::vector<std::string> out;
  for (const Neighbour& n : found) {
    out.push_back(g.entity(n.node).name + "@" + std::to_string(n.depth) + "<" + g.entity(n.via).name);
  }
  return out;
}

std::vector<std::string> Names(const KnowledgeGraph& g, NodeId id, const NeighbourQuery& query) {
  return Names(g, Neighbours(g, id, query));
}

NeighbourQuery Depth(int depth) {
  NeighbourQuery query;
  query.depth = depth;
  return query;
}

std::string Message(const Status& s) { return s.message(); }

}  // namespace

TEST_CASE("direct neighbours come sorted by relation, then direction, with their edges") {
  World w;
  const std::vector<Neighbour> found = Neighbours(w.graph, w.lab);
  CHECK(Names(w.graph, found) == std::vector<std::string>{"Alpha One@1<Alpha Labs", "Beta Capital@1<Alpha Labs",
                                                          "Gamma@1<Alpha Labs", "Atlantis@1<Alpha Labs"});
  CHECK_FALSE(found[0].outgoing);
  CHECK(found[0].edge->evidence.size() == 2);
  CHECK(found[1].outgoing);
  CHECK(found[2].relation == RelationType::kCompetesWith);
}

TEST_CASE("depth 2 reports each new node with its hop count and the node it was reached from") {
  World w;
  CHECK(Names(w.graph, w.model, Depth(2)) == std::vector<std::string>{"Alpha Labs@1<Alpha One",
                                                                      "Beta Capital@2<Alpha Labs", "Gamma@2<Alpha Labs",
                                                                      "Atlantis@2<Alpha Labs"});
}

TEST_CASE("a node reached from two nodes at the same level is listed once per edge") {
  World w;
  const std::vector<std::string> found = Names(w.graph, w.lab, Depth(3));
  CHECK(std::count(found.begin(), found.end(), "Borealis@2<Gamma") == 1);
  CHECK(std::count(found.begin(), found.end(), "Dana Ray@2<Gamma") == 1);
  CHECK(std::find(found.begin(), found.end(), "Atlantis@2<Beta Capital") == found.end());  // already at depth 1
}

TEST_CASE("the relation filter limits the edges the walk crosses") {
  World w;
  NeighbourQuery query = Depth(2);
  query.relations = {RelationType::kBasedIn, RelationType::kCompetesWith};
  CHECK(Names(w.graph, w.lab, query) == std::vector<std::string>{"Gamma@1<Alpha Labs", "Atlantis@1<Alpha Labs",
                                                                 "Borealis@2<Gamma", "Beta Capital@2<Atlantis"});
}

TEST_CASE("the type filter keeps reported types but the walk passes through others") {
  World w;
  NeighbourQuery query = Depth(2);
  query.types = {EntityType::kCountry};
  CHECK(Names(w.graph, w.model, query) == std::vector<std::string>{"Atlantis@2<Alpha Labs"});
}

TEST_CASE("direction out follows edges the node is source of, plus competes-with either way") {
  World w;
  NeighbourQuery query;
  query.direction = Direction::kOut;
  CHECK(Names(w.graph, w.lab, query) ==
        std::vector<std::string>{"Beta Capital@1<Alpha Labs", "Gamma@1<Alpha Labs", "Atlantis@1<Alpha Labs"});
  query.direction = Direction::kIn;
  CHECK(Names(w.graph, w.lab, query) == std::vector<std::string>{"Alpha One@1<Alpha Labs", "Gamma@1<Alpha Labs"});
}

TEST_CASE("neighbours of equal names come in node order, then by the name they were reached from") {
  World w;
  const NodeId first = w.Add("Delta", EntityType::kCompany);
  const NodeId second = w.Add("Delta", EntityType::kModel);
  w.Relate(second, RelationType::kBasedIn, w.borealis);  // edges added in the reverse order of the nodes
  w.Relate(first, RelationType::kBasedIn, w.borealis);
  w.Relate(second, RelationType::kBasedIn, w.atlantis);
  w.Relate(first, RelationType::kBasedIn, w.atlantis);
  NeighbourQuery query = Depth(2);
  query.relations = {RelationType::kBasedIn};
  const std::vector<Neighbour> found = Neighbours(w.graph, w.borealis, query);
  REQUIRE(found.size() == 5);  // Gamma and both Deltas at 1; Atlantis from each Delta at 2
  CHECK(Names(w.graph, found) == std::vector<std::string>{"Delta@1<Borealis", "Delta@1<Borealis", "Gamma@1<Borealis",
                                                          "Atlantis@2<Delta", "Atlantis@2<Delta"});
  CHECK(found[0].node == first);
  CHECK(found[1].node == second);
  CHECK(found[3].via == first);
  CHECK(found[4].via == second);
}

TEST_CASE("a query after the graph grew sees the new nodes and edges") {
  World w;
  CHECK(Names(w.graph, w.person, NeighbourQuery{}) == std::vector<std::string>{"Gamma@1<Dana Ray"});
  const NodeId aardvark = w.Add("Aardvark AI", EntityType::kCompany);
  w.Relate(w.person, RelationType::kWorksFor, aardvark);
  CHECK(Names(w.graph, w.person, NeighbourQuery{}) ==
        std::vector<std::string>{"Aardvark AI@1<Dana Ray", "Gamma@1<Dana Ray"});
}

TEST_CASE("direction names parse, anything else is rejected") {
  Direction d = Direction::kBoth;
  CHECK(ParseDirection("in", &d));
  CHECK(d == Direction::kIn);
  CHECK_FALSE(ParseDirection("sideways", &d));
}

TEST_CASE("lookup finds a name by alias, case and genitive") {
  World w;
  NodeId id = 0;
  CHECK(LookupEntity(w.graph, "ALPHA", {}, &id).ok());
  CHECK(id == w.lab);
  CHECK(LookupEntity(w.graph, "Gammas", {}, &id).ok());
  CHECK(id == w.rival);
}

TEST_CASE("an unknown name suggests the closest names") {
  World w;
  NodeId id = 0;
  const Status s = LookupEntity(w.graph, "Alpah Labs", {}, &id);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(Message(s) == "no entity \"Alpah Labs\"; did you mean: Alpha Labs");
  CHECK(Message(LookupEntity(w.graph, "Zzzz", {}, &id)) == "no entity \"Zzzz\"");
}

TEST_CASE("an ambiguous name lists its candidates unless a type narrows it") {
  TestGraph t;
  const NodeId company = t.Add("Nova", EntityType::kCompany);
  const NodeId model = t.Add("Nova", EntityType::kModel);
  NodeId id = 99;
  const Status s = LookupEntity(t.graph, "nova", {}, &id);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(Message(s) == "\"nova\" is ambiguous: Nova (company), Nova (model)");
  CHECK(id == 99);
  CHECK(LookupEntity(t.graph, "nova", {EntityType::kModel}, &id).ok());
  CHECK(id == model);
  CHECK(Message(LookupEntity(t.graph, "nova", {EntityType::kPerson}, &id)) ==
        "no person \"nova\"; there is: Nova (company), Nova (model)");
  CHECK(LookupEntity(t.graph, "Nova (company)", {}, &id).ok());
  CHECK(id == company);
}

TEST_CASE("a shortest path reads every hop in its written direction") {
  World w;
  const std::vector<GraphPath> paths = ShortestPaths(w.graph, w.model, w.person);
  REQUIRE(paths.size() == 1);
  const GraphPath& p = paths[0];
  REQUIRE(p.size() == 3);
  CHECK((p[0].from == w.model && p[0].to == w.lab && p[0].forward));
  CHECK((p[1].to == w.rival && p[1].edge->type == RelationType::kCompetesWith));
  CHECK((p[2].to == w.person && !p[2].forward));
}

TEST_CASE("every shortest path is found, up to the cap, and none longer than max depth") {
  World w;
  const NodeId extra = w.Add("Delta", EntityType::kCompany);
  w.Relate(extra, RelationType::kBasedIn, w.atlantis);
  w.Relate(extra, RelationType::kFundedBy, w.investor);
  CHECK(ShortestPaths(w.graph, w.lab, extra).size() == 2);  // via Atlantis, via Beta Capital
  PathQuery query;
  query.max_paths = 1;
  CHECK(ShortestPaths(w.graph, w.lab, extra, query).size() == 1);
  query.max_depth = 1;
  CHECK(ShortestPaths(w.graph, w.lab, extra, query).empty());
}

TEST_CASE("a path from a node to itself is one empty path, unconnected nodes have none") {
  World w;
  const NodeId alone = w.Add("Omega", EntityType::kCompany);
  const std::vector<GraphPath> itself = ShortestPaths(w.graph, w.lab, w.lab);
  REQUIRE(itself.size() == 1);
  CHECK(itself[0].empty());
  CHECK(ShortestPaths(w.graph, w.lab, alone).empty());
}

}  // namespace kg
