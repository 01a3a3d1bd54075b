#include "web/api.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>

#include "export/json.h"
#include "graph/query.h"

namespace kg {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

ApiResponse Error(int status, const std::string& message) {
  rapidjson::StringBuffer sb;
  JsonWriter w(sb);
  w.StartObject();
  w.Key("error");
  String(w, message);
  w.EndObject();
  return {status, "application/json", std::string(sb.GetString(), sb.GetSize())};
}

}  // namespace

Api::Api(const KnowledgeGraph& graph) : graph_(graph) {
  std::ostringstream out;
  WriteCytoscapeJson(graph_, out);
  graph_json_ = out.str();
}

ApiResponse Api::Handle(const std::string& path, const ApiParams& params) const {
  if (path == "/api/graph") return {200, "application/json", graph_json_};
  if (path == "/api/neighbours") return Neighbours(params);
  return Error(404, "no such route: " + path);
}

ApiResponse Api::Neighbours(const ApiParams& params) const {
  auto name = params.find("name");
  if (name == params.end() || name->second.empty()) return Error(400, "missing parameter: name");
  const std::vector<NodeId> found = FindEntities(graph_, name->second);
  if (found.empty()) return Error(404, "no entity \"" + name->second + "\"");
  const NodeId id = found.front();
  rapidjson::StringBuffer sb;
  JsonWriter w(sb);
  w.StartObject();
  w.Key("entity");
  String(w, graph_.entity(id).name);
  w.Key("type");
  String(w, ToString(graph_.entity(id).type));
  w.Key("neighbours");
  w.StartArray();
  for (const Neighbour& n : kg::Neighbours(graph_, id)) {
    w.StartObject();
    w.Key("name");
    String(w, graph_.entity(n.node).name);
    w.Key("type");
    String(w, ToString(graph_.entity(n.node).type));
    w.Key("relation");
    String(w, ToString(n.relation));
    w.Key("direction");
    String(w, n.outgoing ? "out" : "in");
    w.Key("evidence_count");
    w.Uint64(n.edge->evidence.size());
    w.Key("evidence");
    String(w, n.edge->evidence.empty() ? "" : n.edge->evidence.front().sentence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return {200, "application/json", std::string(sb.GetString(), sb.GetSize())};
}

}  // namespace kg
