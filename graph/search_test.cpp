#include "graph/search.h"

#include <doctest/doctest.h>

#include "graph/test_graph.h"

namespace kg {
namespace {

// "Name:match" for each hit, in order.
std::vector<std::string> Ranked(const KnowledgeGraph& g, std::string_view text, SearchQuery query = {}) {
  std::vector<std::string> out;
  for (const SearchHit& hit : SearchEntities(g, text, query)) {
    out.push_back(g.entity(hit.node).name + ":" + std::string(ToString(hit.match)));
  }
  return out;
}

}  // namespace

TEST_CASE("search ranks exact before prefix before substring, then by mentions") {
  TestGraph t;
  t.Add("Supernova", EntityType::kModel, 100);
  t.Add("NovaX", EntityType::kCompany, 1);
  t.Add("Novalis", EntityType::kCompany, 50);
  t.Add("Nova", EntityType::kCompany, 5);
  t.Add("Orbit", EntityType::kCompany, 500);
  CHECK(Ranked(t.graph, "nova") ==
        std::vector<std::string>{"Nova:exact", "Novalis:prefix", "NovaX:prefix", "Supernova:substring"});
}

TEST_CASE("search ignores case and diacritics and reports the alias that matched") {
  TestGraph t;
  const NodeId id = t.Add("Zoë Labs", EntityType::kCompany, 1, {"Zöe Research"});
  const std::vector<SearchHit> hits = SearchEntities(t.graph, "ZOE RES", {});
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].node == id);
  CHECK(hits[0].match == MatchKind::kPrefix);
  CHECK(hits[0].matched == "Zöe Research");
}

TEST_CASE("search keeps only the asked types and at most the limit") {
  TestGraph t;
  t.Add("Nova", EntityType::kCompany, 5);
  t.Add("Nova One", EntityType::kModel, 5);
  t.Add("Nova Two", EntityType::kModel, 1);
  SearchQuery query;
  query.types = {EntityType::kModel};
  query.limit = 1;
  CHECK(Ranked(t.graph, "nova", query) == std::vector<std::string>{"Nova One:prefix"});
}

TEST_CASE("close names are found only when asked, and never for text without letters") {
  TestGraph t;
  t.Add("Anthropos", EntityType::kCompany);
  CHECK(Ranked(t.graph, "Antropos").empty());
  SearchQuery query;
  query.close = true;
  CHECK(Ranked(t.graph, "Antropos", query) == std::vector<std::string>{"Anthropos:close"});
  CHECK(Ranked(t.graph, "--", query).empty());
}

TEST_CASE("suggestions put prefix matches before misspellings, at most the limit") {
  TestGraph t;
  t.Add("Deepline", EntityType::kCompany, 3);
  t.Add("Deepwater", EntityType::kCompany, 9);
  t.Add("Dee", EntityType::kCompany, 1);
  t.Add("Keep", EntityType::kCompany, 1);
  const std::vector<NodeId> ids = SuggestNames(t.graph, "deep", 3);
  REQUIRE(ids.size() == 3);
  CHECK(t.graph.entity(ids[0]).name == "Deepwater");
  CHECK(t.graph.entity(ids[1]).name == "Deepline");
  CHECK(t.graph.entity(ids[2]).name == "Dee");  // close (distance 1); ties with Keep broken by name
}

}  // namespace kg
