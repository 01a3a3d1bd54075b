#include "eval/evaluate.h"

#include <doctest/doctest.h>

namespace kg {
namespace {

const char* const kGold = R"({
  "entities": [
    {"name": "DeepSeek", "type": "company", "aliases": ["Deepseek"]},
    {"name": "High-Flyer", "type": "company"},
    {"name": "Qwen", "type": "model"},
    {"name": "Llama", "type": "model"},
    {"name": "CNBC", "type": "company", "optional": true}
  ],
  "relations": [
    {"source": "DeepSeek", "relation": "funded-by", "target": "High-Flyer"},
    {"source": "Llama", "relation": "competes-with", "target": "Qwen"}
  ]})";

NodeId Add(KnowledgeGraph* g, const std::string& name, EntityType type) {
  Entity e;
  e.name = name;
  e.type = type;
  return g->AddEntity(e);
}

void Relate(KnowledgeGraph* g, NodeId s, RelationType r, NodeId t) { g->AddRelation(s, t, Relation{r, {}}); }

}  // namespace

TEST_CASE("scores count true and false positives as score.py does") {
  Gold gold;
  REQUIRE(ParseGold("gold.json", kGold, &gold).ok());
  KnowledgeGraph g;
  const NodeId ds = Add(&g, "deepseek", EntityType::kCompany);
  const NodeId hf = Add(&g, "High Flyer", EntityType::kCompany);
  const NodeId qwen = Add(&g, "Qwen", EntityType::kCompany);  // wrong type
  const NodeId cnbc = Add(&g, "CNBC", EntityType::kCompany);  // optional: ignored
  Add(&g, "Nobody AI", EntityType::kCompany);                 // not in gold
  Relate(&g, ds, RelationType::kFundedBy, hf);
  Relate(&g, ds, RelationType::kFundedBy, cnbc);
  Relate(&g, hf, RelationType::kBasedIn, ds);
  const Scores s = Evaluate(gold, g);
  CHECK(s.entities.tp == 2);
  CHECK(s.entities.fp == 2);  // Nobody AI, Qwen typed company
  CHECK(s.entities.fn == 2);  // Qwen as model, Llama
  CHECK(s.relations.tp == 1);
  CHECK(s.relations.fp == 1);  // based-in not in gold; the edge to CNBC is ignored
  CHECK(s.relations.fn == 1);  // the competes-with
  CHECK(s.relation_rows.at("funded-by").F1() == doctest::Approx(1.0));
}

TEST_CASE("competes-with matches in either direction") {
  Gold gold;
  REQUIRE(ParseGold("gold.json", kGold, &gold).ok());
  KnowledgeGraph g;
  const NodeId q = Add(&g, "Qwen", EntityType::kModel), l = Add(&g, "Llama", EntityType::kModel);
  Relate(&g, q, RelationType::kCompetesWith, l);
  CHECK(Evaluate(gold, g).relation_rows.at("competes-with").tp == 1);
}

TEST_CASE("a malformed gold file names file and position or field") {
  Gold gold;
  CHECK(ParseGold("g.json", "{\"entities\": [}", &gold).message() == "g.json:1:15: Invalid value.");
  CHECK(ParseGold("g.json", R"({"entities": [{"name": "X", "type": "city"}], "relations": []})", &gold).message() ==
        "g.json: entities[0].type: expected one of company, model, person, country");
  Gold other;
  CHECK(ParseGold("g.json", R"({"entities": [], "relations": [{"source": "A", "relation": "funded-by", "target": "B"}]})", &other)
            .message() == "g.json: relations[0].source: is not a listed entity");
}

}  // namespace kg

namespace kg {

TEST_CASE("a gold file nested a million levels deep is an error, not a stack overflow") {
  Gold gold;
  const std::string deep = "{\"entities\": " + std::string(1000000, '[');
  CHECK(ParseGold("deep.json", deep, &gold).message() == "deep.json:1:1000014: Invalid value.");
}

}  // namespace kg
