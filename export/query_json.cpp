#include "export/query_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/text_escape.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// A writer over its own buffer; Text() is the finished document.
struct JsonDocument {
  rapidjson::StringBuffer buffer;
  JsonWriter w{buffer};
  std::string Text() const { return std::string(buffer.GetString(), buffer.GetSize()); }
};

void String(JsonWriter& w, std::string_view s) {
  const std::string valid = ValidUtf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Field(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  String(w, value);
}

void Count(JsonWriter& w, const char* key, size_t value) {
  w.Key(key);
  w.Uint64(value);
}

void List(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) String(w, v);
  w.EndArray();
}

void NameAndType(JsonWriter& w, const KnowledgeGraph& graph, NodeId id) {
  Field(w, "name", graph.entity(id).name);
  Field(w, "type", ToString(graph.entity(id).type));
}

void Node(JsonWriter& w, const char* key, const KnowledgeGraph& graph, NodeId id) {
  w.Key(key);
  w.StartObject();
  NameAndType(w, graph, id);
  w.EndObject();
}

void EvidenceList(JsonWriter& w, const std::vector<Evidence>& evidence) {
  const std::string json = EvidenceToJson(evidence);
  w.Key("evidence");
  w.RawValue(json.data(), json.size(), rapidjson::kArrayType);
}

std::string_view NeighbourDirection(const Neighbour& n) {
  if (IsSymmetric(n.relation)) return "both";
  return n.outgoing ? "out" : "in";
}

void NeighbourObject(JsonWriter& w, const KnowledgeGraph& graph, const Neighbour& n, bool with_evidence) {
  w.StartObject();
  NameAndType(w, graph, n.node);
  Field(w, "relation", ToString(n.relation));
  Field(w, "direction", NeighbourDirection(n));
  w.Key("depth");
  w.Int(n.depth);
  Node(w, "via", graph, n.via);
  Count(w, "weight", n.edge->evidence.size());
  if (with_evidence) EvidenceList(w, n.edge->evidence);
  w.EndObject();
}

void RelationObject(JsonWriter& w, const KnowledgeGraph& graph, const Neighbour& n) {
  w.StartObject();
  Field(w, "relation", ToString(n.relation));
  Field(w, "direction", NeighbourDirection(n));
  Node(w, "neighbour", graph, n.node);
  Count(w, "weight", n.edge->evidence.size());
  EvidenceList(w, n.edge->evidence);
  w.EndObject();
}

void StepObject(JsonWriter& w, const KnowledgeGraph& graph, const Step& step) {
  w.StartObject();
  Node(w, "from", graph, step.from);
  Node(w, "to", graph, step.to);
  Field(w, "relation", ToString(step.edge->type));
  Field(w, "direction", IsSymmetric(step.edge->type) ? "both" : (step.forward ? "forward" : "backward"));
  Count(w, "weight", step.edge->evidence.size());
  const std::vector<Evidence>& all = step.edge->evidence;
  EvidenceList(w, std::vector<Evidence>(all.begin(), all.begin() + (all.empty() ? 0 : 1)));
  w.EndObject();
}

// {"name": count, ...} over every value of an enum with `n` values.
template <typename Enum>
void CountsByName(JsonWriter& w, const char* key, const size_t* counts, int n) {
  w.Key(key);
  w.StartObject();
  for (int i = 0; i < n; ++i) Count(w, std::string(ToString(static_cast<Enum>(i))).c_str(), counts[i]);
  w.EndObject();
}

}  // namespace

std::string NeighboursJson(const KnowledgeGraph& graph, NodeId entity, const std::vector<Neighbour>& neighbours,
                           bool with_evidence) {
  JsonDocument doc;
  doc.w.StartObject();
  Node(doc.w, "entity", graph, entity);
  doc.w.Key("neighbours");
  doc.w.StartArray();
  for (const Neighbour& n : neighbours) NeighbourObject(doc.w, graph, n, with_evidence);
  doc.w.EndArray();
  doc.w.EndObject();
  return doc.Text();
}

std::string EntityJson(const KnowledgeGraph& graph, NodeId id) {
  const Entity& e = graph.entity(id);
  JsonDocument doc;
  doc.w.StartObject();
  NameAndType(doc.w, graph, id);
  List(doc.w, "aliases", e.aliases);
  List(doc.w, "documents", e.documents);
  Count(doc.w, "mentions", e.mentions);
  doc.w.Key("relations");
  doc.w.StartArray();
  for (const Neighbour& n : Neighbours(graph, id)) RelationObject(doc.w, graph, n);
  doc.w.EndArray();
  doc.w.EndObject();
  return doc.Text();
}

std::string PathsJson(const KnowledgeGraph& graph, NodeId from, NodeId to, const std::vector<GraphPath>& paths) {
  JsonDocument doc;
  doc.w.StartObject();
  Node(doc.w, "from", graph, from);
  Node(doc.w, "to", graph, to);
  doc.w.Key("found");
  doc.w.Bool(!paths.empty());
  Count(doc.w, "hops", paths.empty() ? 0 : paths.front().size());
  doc.w.Key("paths");
  doc.w.StartArray();
  for (const GraphPath& path : paths) {
    doc.w.StartArray();
    for (const Step& step : path) StepObject(doc.w, graph, step);
    doc.w.EndArray();
  }
  doc.w.EndArray();
  doc.w.EndObject();
  return doc.Text();
}

std::string SearchJson(const KnowledgeGraph& graph, std::string_view query, const std::vector<SearchHit>& hits) {
  JsonDocument doc;
  doc.w.StartObject();
  Field(doc.w, "query", query);
  doc.w.Key("results");
  doc.w.StartArray();
  for (const SearchHit& hit : hits) {
    doc.w.StartObject();
    NameAndType(doc.w, graph, hit.node);
    Count(doc.w, "mentions", graph.entity(hit.node).mentions);
    List(doc.w, "aliases", graph.entity(hit.node).aliases);
    Field(doc.w, "match", ToString(hit.match));
    Field(doc.w, "matched", hit.matched);
    doc.w.EndObject();
  }
  doc.w.EndArray();
  doc.w.EndObject();
  return doc.Text();
}

std::string StatsJson(const KnowledgeGraph& graph, const GraphStats& stats) {
  JsonDocument doc;
  doc.w.StartObject();
  Count(doc.w, "entities", stats.entities);
  Count(doc.w, "relations", stats.relations);
  Count(doc.w, "evidences", stats.evidences);
  Count(doc.w, "documents", stats.documents);
  CountsByName<EntityType>(doc.w, "entity_types", stats.per_entity_type.data(), kEntityTypeCount);
  CountsByName<RelationType>(doc.w, "relation_types", stats.per_relation_type.data(), kRelationTypeCount);
  doc.w.Key("top_entities");
  doc.w.StartArray();
  for (const EntityDegree& d : stats.top_entities) {
    doc.w.StartObject();
    NameAndType(doc.w, graph, d.node);
    Count(doc.w, "degree", d.degree);
    doc.w.EndObject();
  }
  doc.w.EndArray();
  doc.w.EndObject();
  return doc.Text();
}

}  // namespace kg
