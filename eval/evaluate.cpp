#include "eval/evaluate.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdio>
#include <set>
#include <tuple>

#include "base/utf8.h"
#include "graph/name_key.h"

namespace kg {

double Counts::Precision() const { return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : double(tp) / double(tp + fp); }
double Counts::Recall() const { return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : double(tp) / double(tp + fn); }
double Counts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

namespace {

using Json = rapidjson::Value;

// Reads the parts of a gold file, naming the field of any error.
class GoldParser {
 public:
  GoldParser(const std::string& name, Gold* gold) : name_(name), gold_(gold) {}
  Status Entities(const Json& list);
  Status Relations(const Json& list);

 private:
  Status Error(const std::string& field, const std::string& what) const {
    return Status::InvalidInput(name_ + ": " + field + ": " + what);
  }
  static bool Optional(const Json& item) { return item.HasMember("optional") && item["optional"].IsTrue(); }
  std::string name_;
  Gold* gold_;
  std::map<std::string, size_t> by_name_;
};

Status GoldParser::Entities(const Json& list) {
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const std::string field = "entities[" + std::to_string(i) + "]";
    const Json& e = list[i];
    GoldEntity entity;
    if (!e.IsObject() || !e.HasMember("name") || !e["name"].IsString()) return Error(field, "expected an object with a name");
    entity.name = e["name"].GetString();
    if (!e.HasMember("type") || !e["type"].IsString() || !ParseEntityType(e["type"].GetString(), &entity.type)) {
      return Error(field + ".type", "expected one of company, model, person, country");
    }
    entity.optional = Optional(e);
    const size_t index = gold_->entities.size();
    by_name_[entity.name] = index;
    gold_->lookup[GoldKey(entity.name)] = index;
    if (e.HasMember("aliases") && e["aliases"].IsArray()) {
      for (const Json& alias : e["aliases"].GetArray()) {
        if (alias.IsString()) gold_->lookup[GoldKey(alias.GetString())] = index;
      }
    }
    gold_->entities.push_back(std::move(entity));
  }
  return Status::Ok();
}

Status GoldParser::Relations(const Json& list) {
  std::map<std::tuple<size_t, RelationType, size_t>, size_t> seen;
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const std::string field = "relations[" + std::to_string(i) + "]";
    const Json& r = list[i];
    GoldRelation rel;
    if (!r.IsObject() || !r.HasMember("relation") || !r["relation"].IsString() ||
        !ParseRelationType(r["relation"].GetString(), &rel.relation)) {
      return Error(field + ".relation", "expected one of the six relations");
    }
    for (const char* role : {"source", "target"}) {
      if (!r.HasMember(role) || !r[role].IsString() || by_name_.count(r[role].GetString()) == 0) {
        return Error(field + "." + role, "is not a listed entity");
      }
    }
    rel.source = by_name_[r["source"].GetString()];
    rel.target = by_name_[r["target"].GetString()];
    if (IsSymmetric(rel.relation) && rel.target < rel.source) std::swap(rel.source, rel.target);
    rel.optional = Optional(r) || gold_->entities[rel.source].optional || gold_->entities[rel.target].optional;
    auto [it, added] = seen.emplace(std::make_tuple(rel.source, rel.relation, rel.target), gold_->relations.size());
    if (added) gold_->relations.push_back(rel);
    else gold_->relations[it->second].optional &= rel.optional;
  }
  return Status::Ok();
}

}  // namespace

Status ParseGold(const std::string& name, const std::string& text, Gold* gold) {
  rapidjson::Document doc;
  if (rapidjson::ParseResult r = doc.Parse<rapidjson::kParseIterativeFlag>(text.c_str(), text.size()); !r) {
    const LineColumn at = LocateOffset(text, r.Offset());
    return Status::InvalidInput(name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                                rapidjson::GetParseError_En(r.Code()));
  }
  for (const char* section : {"entities", "relations"}) {
    if (!doc.IsObject() || !doc.HasMember(section) || !doc[section].IsArray()) {
      return Status::InvalidInput(name + ": " + section + ": expected a list");
    }
  }
  GoldParser parser(name, gold);
  Status s = parser.Entities(doc["entities"]);
  return s.ok() ? parser.Relations(doc["relations"]) : s;
}

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Matches nodes to gold entities; returns node -> gold index (kNone: unmatched).
std::vector<size_t> MatchEntities(const Gold& gold, const KnowledgeGraph& graph, Scores* s) {
  std::vector<size_t> node_gold(graph.node_count(), kNone);
  std::map<size_t, std::vector<NodeId>> groups;
  for (NodeId id = 0; id < graph.node_count(); ++id) {
    const Entity& e = graph.entity(id);
    auto it = gold.lookup.find(GoldKey(e.name));
    if (it == gold.lookup.end()) {
      ++s->entity_rows[std::string(ToString(e.type))].fp;
      s->false_positives.push_back("entity '" + e.name + "' (" + std::string(ToString(e.type)) + "): not in gold");
      continue;
    }
    node_gold[id] = it->second;
    if (!gold.entities[it->second].optional) groups[it->second].push_back(id);
  }
  for (size_t g = 0; g < gold.entities.size(); ++g) {
    const GoldEntity& ge = gold.entities[g];
    const std::string type(ToString(ge.type));
    if (ge.optional) continue;
    auto found = groups.find(g);
    if (found == groups.end()) {
      ++s->entity_rows[type].fn;
      s->false_negatives.push_back("entity '" + ge.name + "' (" + type + "): missing");
      continue;
    }
    NodeId primary = found->second.front();
    for (NodeId id : found->second) {
      if (graph.entity(id).type == ge.type) {
        primary = id;
        break;
      }
    }
    const std::string got(ToString(graph.entity(primary).type));
    if (got == type) {
      ++s->entity_rows[type].tp;
    } else {
      ++s->entity_rows[type].fn;
      ++s->entity_rows[got].fp;
      s->false_negatives.push_back("entity '" + ge.name + "' (" + type + "): wrong type, got " + got);
    }
    for (NodeId id : found->second) {
      if (id == primary) continue;
      ++s->entity_rows[std::string(ToString(graph.entity(id).type))].fp;
      s->false_positives.push_back("entity '" + graph.entity(id).name + "': duplicate of gold '" + ge.name + "'");
    }
  }
  return node_gold;
}

void MatchRelations(const Gold& gold, const KnowledgeGraph& graph, const std::vector<size_t>& node_gold, Scores* s) {
  std::map<std::tuple<size_t, RelationType, size_t>, const GoldRelation*> facts;
  for (const GoldRelation& r : gold.relations) facts[{r.source, r.relation, r.target}] = &r;
  std::set<const GoldRelation*> matched;
  for (const EdgeRef& e : graph.Edges()) {
    size_t gs = node_gold[e.source], gt = node_gold[e.target];
    const RelationType rel = e.relation->type;
    const std::string row(ToString(rel));
    const std::string text = "'" + graph.entity(e.source).name + "' -" + row + "-> '" + graph.entity(e.target).name + "'";
    if ((gs != kNone && gold.entities[gs].optional) || (gt != kNone && gold.entities[gt].optional)) continue;
    if (IsSymmetric(rel) && gt < gs) std::swap(gs, gt);
    auto it = gs == kNone || gt == kNone ? facts.end() : facts.find({gs, rel, gt});
    if (it != facts.end() && it->second->optional) continue;
    if (it == facts.end() || !matched.insert(it->second).second) {
      ++s->relation_rows[row].fp;
      s->false_positives.push_back("relation " + text + (it == facts.end() ? ": not in gold" : ": duplicate"));
    } else {
      ++s->relation_rows[row].tp;
    }
  }
  for (const GoldRelation& r : gold.relations) {
    if (r.optional || matched.count(&r) > 0) continue;
    const std::string row(ToString(r.relation));
    ++s->relation_rows[row].fn;
    s->false_negatives.push_back("relation '" + gold.entities[r.source].name + "' -" + row + "-> '" +
                                 gold.entities[r.target].name + "': missing");
  }
}

Counts Sum(const std::map<std::string, Counts>& rows) {
  Counts total;
  for (const auto& [row, c] : rows) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

std::string Row(const std::string& name, const Counts& c) {
  char line[128];
  std::snprintf(line, sizeof line, "%-16s %4zu %4zu %4zu  %.3f %.3f %.3f\n", name.c_str(), c.tp, c.fp, c.fn,
                c.Precision(), c.Recall(), c.F1());
  return line;
}

}  // namespace

Scores Evaluate(const Gold& gold, const KnowledgeGraph& graph) {
  Scores s;
  for (int t = 0; t < kEntityTypeCount; ++t) s.entity_rows[std::string(ToString(static_cast<EntityType>(t)))];
  for (int r = 0; r < kRelationTypeCount; ++r) s.relation_rows[std::string(ToString(static_cast<RelationType>(r)))];
  MatchRelations(gold, graph, MatchEntities(gold, graph, &s), &s);
  s.entities = Sum(s.entity_rows);
  s.relations = Sum(s.relation_rows);
  return s;
}

std::string FormatScores(const Scores& s, bool verbose) {
  std::string out;
  if (verbose) {
    for (const std::string& line : s.false_negatives) out += "FN " + line + "\n";
    for (const std::string& line : s.false_positives) out += "FP " + line + "\n";
  }
  out += "                   tp   fp   fn      P     R    F1\n";
  out += Row("entities", s.entities);
  for (const auto& [row, c] : s.entity_rows) out += Row("  " + row, c);
  out += Row("relations", s.relations);
  for (const auto& [row, c] : s.relation_rows) out += Row("  " + row, c);
  char last[160];
  std::snprintf(last, sizeof last, "entities F1 %.3f (P %.3f R %.3f) relations F1 %.3f (P %.3f R %.3f)\n",
                s.entities.F1(), s.entities.Precision(), s.entities.Recall(), s.relations.F1(),
                s.relations.Precision(), s.relations.Recall());
  return out + last;
}

}  // namespace kg
