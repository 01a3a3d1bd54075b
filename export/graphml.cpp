#include "export/graphml.h"

#include "export/attributes.h"
#include "export/text_escape.h"
#include "graph/layout.h"

namespace kg {
namespace {

const char* GraphmlType(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "int";
    case AttributeType::kDouble: return "double";
    case AttributeType::kString: break;
  }
  return "string";
}

// Key ids are "n_<name>" and "e_<name>": NMTOKENs, and never yEd's d3/d7, which Gephi
// would take for labels.
template <typename Item>
void WriteKeys(std::ostream& out, const char* domain, const std::vector<Attribute<Item>>& attributes) {
  for (const Attribute<Item>& a : attributes) {
    out << "  <key id=\"" << domain[0] << '_' << a.name << "\" for=\"" << domain << "\" attr.name=\"" << a.name
        << "\" attr.type=\"" << GraphmlType(a.type) << "\"/>\n";
  }
}

template <typename Item>
void WriteData(std::ostream& out, char prefix, const std::vector<Attribute<Item>>& attributes, const Item& item) {
  for (const Attribute<Item>& a : attributes) {
    out << "      <data key=\"" << prefix << '_' << a.name << "\">";
    WriteXmlEscaped(out, a.value(item));
    out << "</data>\n";
  }
}

void WriteNode(std::ostream& out, NodeId id, const NodeView& node) {
  out << "    <node id=\"n" << id << "\">\n";
  WriteData(out, 'n', NodeAttributes(), node);
  out << "    </node>\n";
}

void WriteEdge(std::ostream& out, size_t index, const EdgeRef& e) {
  out << "    <edge id=\"e" << index << "\" source=\"n" << e.source << "\" target=\"n" << e.target << "\">\n";
  WriteData(out, 'e', EdgeAttributes(), *e.relation);
  out << "    </edge>\n";
}

}  // namespace

Status WriteGraphml(const KnowledgeGraph& graph, std::ostream& out) { return WriteGraphml(graph, ComputeLayout(graph), out); }

Status WriteGraphml(const KnowledgeGraph& graph, const std::vector<Point>& layout, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  WriteKeys(out, "node", NodeAttributes());
  WriteKeys(out, "edge", EdgeAttributes());
  out << "  <graph id=\"kgraph\" edgedefault=\"directed\">\n";
  for (NodeId id = 0; id < graph.node_count() && out; ++id) WriteNode(out, id, {graph.entity(id), layout[id]});
  const std::vector<EdgeRef> edges = graph.Edges();
  for (size_t i = 0; i < edges.size() && out; ++i) WriteEdge(out, i, edges[i]);
  out << "  </graph>\n</graphml>\n";
  return out ? Status::Ok() : Status::IoError("GraphML write failed");
}

}  // namespace kg
