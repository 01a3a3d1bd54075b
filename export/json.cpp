#include "export/json.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "export/appearance.h"
#include "export/text_escape.h"
#include "graph/layout.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

// RapidJSON escapes quotes, backslashes and control characters; malformed UTF-8 is
// replaced first so the output is always valid JSON.
void String(JsonWriter& w, std::string_view s) {
  const std::string valid = ValidUtf8(s);
  w.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
}

void Field(JsonWriter& w, const char* key, std::string_view value) {
  w.Key(key);
  String(w, value);
}

void List(JsonWriter& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& v : values) String(w, v);
  w.EndArray();
}

void WriteNode(JsonWriter& w, NodeId id, const Entity& e, const Point& at) {
  w.StartObject();
  w.Key("data");
  w.StartObject();
  Field(w, "id", "n" + std::to_string(id));
  Field(w, "label", e.name);
  Field(w, "type", ToString(e.type));
  List(w, "aliases", e.aliases);
  w.Key("mentions");
  w.Uint64(e.mentions);
  List(w, "documents", e.documents);
  Field(w, "color", HexColor(ColorOf(e.type)));
  w.Key("size");
  w.Double(SizeOf(e));
  w.EndObject();
  w.Key("position");
  w.StartObject();
  w.Key("x");
  w.Double(at.x);
  w.Key("y");
  w.Double(at.y);
  w.EndObject();
  w.EndObject();
}

void WriteEvidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  Field(w, "document", e.document);
  Field(w, "sentence", e.sentence);
  const std::pair<const char*, size_t> offsets[] = {
      {"sentence_begin", e.sentence_begin}, {"sentence_end", e.sentence_end}, {"source_begin", e.source_begin},
      {"source_end", e.source_end},         {"target_begin", e.target_begin}, {"target_end", e.target_end}};
  for (const auto& [key, value] : offsets) {
    w.Key(key);
    w.Uint64(value);
  }
  Field(w, "rule", e.rule);
  w.Key("confidence");
  w.Double(e.confidence);
  w.EndObject();
}

void WriteEdge(JsonWriter& w, size_t index, const EdgeRef& e) {
  const Relation& r = *e.relation;
  w.StartObject();
  w.Key("data");
  w.StartObject();
  Field(w, "id", "e" + std::to_string(index));
  Field(w, "source", "n" + std::to_string(e.source));
  Field(w, "target", "n" + std::to_string(e.target));
  Field(w, "relation", ToString(r.type));
  Field(w, "label", ToString(r.type));
  w.Key("weight");
  w.Uint64(r.evidence.size());
  List(w, "documents", r.Documents());
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& ev : r.evidence) WriteEvidence(w, ev);
  w.EndArray();
  w.EndObject();
  w.EndObject();
}

}  // namespace

Status WriteCytoscapeJson(const KnowledgeGraph& graph, std::ostream& out) {
  rapidjson::OStreamWrapper os(out);
  JsonWriter w(os);
  const std::vector<Point> layout = ComputeLayout(graph);
  w.StartObject();
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  for (NodeId id = 0; id < graph.node_count(); ++id) WriteNode(w, id, graph.entity(id), layout[id]);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  const std::vector<EdgeRef> edges = graph.Edges();
  for (size_t i = 0; i < edges.size(); ++i) WriteEdge(w, i, edges[i]);
  w.EndArray();
  w.EndObject();
  w.EndObject();
  os.Flush();
  return out ? Status::Ok() : Status::IoError("JSON write failed");
}

}  // namespace kg
