#include "export/graphml.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <cstdio>

#include "export/appearance.h"
#include "export/text_escape.h"
#include "graph/layout.h"

namespace kg {
namespace {

struct KeySpec {
  const char* id;
  const char* domain;  // node or edge
  const char* name;
  const char* type;
};

constexpr KeySpec kKeys[] = {
    {"n_label", "node", "label", "string"},       {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},   {"n_keys", "node", "keys", "string"},
    {"n_mentions", "node", "mentions", "int"},    {"n_documents", "node", "documents", "string"},
    {"n_r", "node", "r", "int"},                  {"n_g", "node", "g", "int"},
    {"n_b", "node", "b", "int"},                  {"n_size", "node", "size", "double"},
    {"n_x", "node", "x", "double"},               {"n_y", "node", "y", "double"},
    {"e_relation", "edge", "relation", "string"}, {"e_label", "edge", "label", "string"},
    {"e_weight", "edge", "weight", "int"},        {"e_evidence", "edge", "evidence", "string"},
    {"e_documents", "edge", "documents", "string"}, {"e_evidence_json", "edge", "evidence_json", "string"},
};

void Data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">";
  WriteXmlEscaped(out, value);
  out << "</data>\n";
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void WriteNode(std::ostream& out, NodeId id, const Entity& e, const Point& at) {
  const Rgb c = ColorOf(e.type);
  out << "    <node id=\"n" << id << "\">\n";
  Data(out, "n_label", e.name);
  Data(out, "n_type", ToString(e.type));
  Data(out, "n_aliases", JoinList(e.aliases));
  Data(out, "n_keys", JoinList(e.keys));
  Data(out, "n_mentions", std::to_string(e.mentions));
  Data(out, "n_documents", JoinList(e.documents));
  Data(out, "n_r", std::to_string(c.r));
  Data(out, "n_g", std::to_string(c.g));
  Data(out, "n_b", std::to_string(c.b));
  Data(out, "n_size", Number(SizeOf(e)));
  Data(out, "n_x", Number(at.x));
  Data(out, "n_y", Number(at.y));
  out << "    </node>\n";
}

void WriteEdge(std::ostream& out, size_t index, const EdgeRef& e) {
  const Relation& r = *e.relation;
  out << "    <edge id=\"e" << index << "\" source=\"n" << e.source << "\" target=\"n" << e.target << "\">\n";
  Data(out, "e_relation", ToString(r.type));
  Data(out, "e_label", ToString(r.type));
  Data(out, "e_weight", std::to_string(r.evidence.size()));
  Data(out, "e_evidence", r.evidence.empty() ? std::string() : r.evidence.front().sentence);
  Data(out, "e_documents", JoinList(r.Documents()));
  Data(out, "e_evidence_json", EvidenceToJson(r.evidence));
  out << "    </edge>\n";
}

}  // namespace

Status WriteGraphml(const KnowledgeGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeySpec& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\""
        << k.type << "\"/>\n";
  }
  out << "  <graph id=\"kgraph\" edgedefault=\"directed\">\n";
  const std::vector<Point> layout = ComputeLayout(graph);
  for (NodeId id = 0; id < graph.node_count(); ++id) WriteNode(out, id, graph.entity(id), layout[id]);
  const std::vector<EdgeRef> edges = graph.Edges();
  for (size_t i = 0; i < edges.size(); ++i) WriteEdge(out, i, edges[i]);
  out << "  </graph>\n</graphml>\n";
  return out ? Status::Ok() : Status::IoError("GraphML write failed");
}

namespace {

struct NodeRecord {
  std::string label, type, aliases, keys, documents;
  int mentions = 0;
};
struct EdgeRecord {
  std::string relation, evidence_json;
};
using RawGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeRecord, EdgeRecord>;

Status Convert(const std::string& name, const RawGraph& raw, KnowledgeGraph* graph) {
  for (auto [it, end] = boost::vertices(raw); it != end; ++it) {
    const NodeRecord& n = raw[*it];
    Entity e;
    if (!ParseEntityType(n.type, &e.type)) {
      return Status::InvalidInput(name + ": node " + std::to_string(*it) + ": unknown type \"" + n.type + "\"");
    }
    e.name = n.label;
    e.aliases = SplitList(n.aliases);
    e.keys = SplitList(n.keys);
    e.documents = SplitList(n.documents);
    e.mentions = n.mentions < 0 ? 0 : static_cast<size_t>(n.mentions);
    graph->AddEntity(std::move(e));
  }
  size_t index = 0;
  for (auto [it, end] = boost::edges(raw); it != end; ++it, ++index) {
    const EdgeRecord& r = raw[*it];
    Relation rel;
    std::string error;
    if (!ParseRelationType(r.relation, &rel.type)) {
      return Status::InvalidInput(name + ": edge " + std::to_string(index) + ": unknown relation \"" + r.relation + "\"");
    }
    if (!r.evidence_json.empty() && !EvidenceFromJson(r.evidence_json, &rel.evidence, &error)) {
      return Status::InvalidInput(name + ": edge " + std::to_string(index) + ": evidence_json: " + error);
    }
    graph->AddRelation(boost::source(*it, raw), boost::target(*it, raw), std::move(rel));
  }
  return Status::Ok();
}

}  // namespace

Status ReadGraphml(const std::string& name, std::istream& in, KnowledgeGraph* graph) {
  RawGraph raw;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&NodeRecord::label, raw));
  dp.property("type", boost::get(&NodeRecord::type, raw));
  dp.property("aliases", boost::get(&NodeRecord::aliases, raw));
  dp.property("keys", boost::get(&NodeRecord::keys, raw));
  dp.property("documents", boost::get(&NodeRecord::documents, raw));
  dp.property("mentions", boost::get(&NodeRecord::mentions, raw));
  dp.property("relation", boost::get(&EdgeRecord::relation, raw));
  dp.property("evidence_json", boost::get(&EdgeRecord::evidence_json, raw));
  try {
    boost::read_graphml(in, raw, dp);
  } catch (const std::exception& e) {
    return Status::InvalidInput(name + ": not a readable GraphML graph: " + e.what());
  }
  return Convert(name, raw, graph);
}

}  // namespace kg
