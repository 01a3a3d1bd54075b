#include "export/query_json.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include "graph/test_graph.h"

namespace kg {
namespace {

// A lab, its model and its country.
struct Small : TestGraph {
  NodeId lab = Add("Lab", EntityType::kCompany, 4, {"The Lab"});
  NodeId model = Add("Model", EntityType::kModel);
  NodeId land = Add("Land", EntityType::kCountry);
  Small() {
    Relate(model, RelationType::kDevelopedBy, lab, 2, "Lab built Model");
    Relate(lab, RelationType::kBasedIn, land);
  }
};

rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

}  // namespace

TEST_CASE("neighbours json names direction, depth and via, evidence only when asked") {
  Small s;
  NeighbourQuery query;
  query.depth = 2;
  const std::vector<Neighbour> found = Neighbours(s.graph, s.model, query);
  const rapidjson::Document doc = Parse(NeighboursJson(s.graph, s.model, found, false));
  CHECK(Str(doc["entity"]["name"]) == "Model");
  const auto& first = doc["neighbours"][0];
  CHECK(Str(first["name"]) == "Lab");
  CHECK(Str(first["direction"]) == "out");
  CHECK(first["weight"].GetUint() == 2);
  CHECK_FALSE(first.HasMember("evidence"));
  CHECK(Str(doc["neighbours"][1]["via"]["name"]) == "Lab");
  CHECK(doc["neighbours"][1]["depth"].GetInt() == 2);
  const rapidjson::Document with = Parse(NeighboursJson(s.graph, s.model, found, true));
  CHECK(Str(with["neighbours"][0]["evidence"][1]["sentence"]) == "Lab built Model #2");
}

TEST_CASE("entity json carries aliases, documents and every relation with all evidence") {
  Small s;
  const rapidjson::Document doc = Parse(EntityJson(s.graph, s.lab));
  CHECK(Str(doc["aliases"][0]) == "The Lab");
  CHECK(doc["mentions"].GetUint() == 4);
  REQUIRE(doc["relations"].Size() == 2);
  CHECK(Str(doc["relations"][0]["direction"]) == "in");
  CHECK(doc["relations"][0]["evidence"].Size() == 2);
}

TEST_CASE("path json reads each hop forward or backward, and an unconnected pair as not found") {
  Small s;
  const rapidjson::Document doc = Parse(PathsJson(s.graph, s.model, s.land, ShortestPaths(s.graph, s.model, s.land)));
  CHECK(doc["found"].GetBool());
  CHECK(doc["hops"].GetUint() == 2);
  CHECK(Str(doc["paths"][0][0]["direction"]) == "forward");
  CHECK(doc["paths"][0][0]["evidence"].Size() == 1);
  const NodeId alone = s.Add("Alone", EntityType::kPerson);
  const rapidjson::Document none = Parse(PathsJson(s.graph, s.lab, alone, {}));
  CHECK_FALSE(none["found"].GetBool());
  CHECK(none["paths"].Size() == 0);
}

TEST_CASE("search json reports the match kind and the name that matched") {
  Small s;
  const rapidjson::Document doc = Parse(SearchJson(s.graph, "the l", SearchEntities(s.graph, "the l", {})));
  CHECK(Str(doc["query"]) == "the l");
  CHECK(Str(doc["results"][0]["match"]) == "prefix");
  CHECK(Str(doc["results"][0]["matched"]) == "The Lab");
}

TEST_CASE("stats json lists every type and relation, zero counts included") {
  Small s;
  const rapidjson::Document doc = Parse(StatsJson(s.graph, ComputeStats(s.graph)));
  CHECK(doc["entity_types"]["person"].GetUint() == 0);
  CHECK(doc["relation_types"]["developed-by"].GetUint() == 1);
  CHECK(Str(doc["top_entities"][0]["name"]) == "Lab");
}

TEST_CASE("malformed UTF-8 in a name still gives valid JSON") {
  TestGraph t;
  const NodeId id = t.Add("Bad\xff", EntityType::kCompany);
  const rapidjson::Document doc = Parse(EntityJson(t.graph, id));
  CHECK(Str(doc["name"]) == "Bad\xef\xbf\xbd");
}

}  // namespace kg
