#include "export/gexf.h"

#include "export/appearance.h"
#include "export/attributes.h"
#include "export/text_escape.h"
#include "graph/layout.h"

namespace kg {
namespace {

const char* GexfType(AttributeType type) {
  switch (type) {
    case AttributeType::kInt: return "integer";
    case AttributeType::kDouble: return "double";
    case AttributeType::kString: break;
  }
  return "string";
}

// Attribute ids are "n_<name>" / "e_<name>", the GraphML key ids; titles are the names.
template <typename Item>
void WriteDeclarations(std::ostream& out, const char* domain, const std::vector<Attribute<Item>>& attributes) {
  out << "    <attributes class=\"" << domain << "\" mode=\"static\">\n";
  for (const Attribute<Item>& a : attributes) {
    out << "      <attribute id=\"" << domain[0] << '_' << a.name << "\" title=\"" << a.name << "\" type=\""
        << GexfType(a.type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

template <typename Item>
void WriteValues(std::ostream& out, char prefix, const std::vector<Attribute<Item>>& attributes, const Item& item) {
  out << "        <attvalues>\n";
  for (const Attribute<Item>& a : attributes) {
    out << "          <attvalue for=\"" << prefix << '_' << a.name << "\" value=\"";
    WriteXmlEscaped(out, a.value(item));
    out << "\"/>\n";
  }
  out << "        </attvalues>\n";
}

void WriteNode(std::ostream& out, NodeId id, const NodeView& node) {
  const Rgb c = ColorOf(node.entity.type);
  out << "      <node id=\"n" << id << "\" label=\"";
  WriteXmlEscaped(out, node.entity.name);
  out << "\">\n";
  WriteValues(out, 'n', NodeAttributes(), node);
  out << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b << "\"/>\n"
      << "        <viz:position x=\"" << FormatDecimal(node.position.x) << "\" y=\"" << FormatDecimal(node.position.y)
      << "\" z=\"0.0\"/>\n"
      << "        <viz:size value=\"" << FormatDecimal(SizeOf(node.entity)) << "\"/>\n"
      << "      </node>\n";
}

void WriteEdge(std::ostream& out, size_t index, const EdgeRef& e) {
  const std::string_view relation = ToString(e.relation->type);
  out << "      <edge id=\"e" << index << "\" source=\"n" << e.source << "\" target=\"n" << e.target << "\" label=\""
      << relation << "\" kind=\"" << relation << "\" weight=\"" << e.relation->evidence.size() << "\">\n";
  WriteValues(out, 'e', EdgeAttributes(), *e.relation);
  out << "      </edge>\n";
}

}  // namespace

Status WriteGexf(const KnowledgeGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n    <creator>kgraph</creator>\n  </meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"directed\">\n";
  WriteDeclarations(out, "node", NodeAttributes());
  WriteDeclarations(out, "edge", EdgeAttributes());
  out << "    <nodes count=\"" << graph.node_count() << "\">\n";
  const std::vector<Point> layout = ComputeLayout(graph);
  for (NodeId id = 0; id < graph.node_count() && out; ++id) WriteNode(out, id, {graph.entity(id), layout[id]});
  out << "    </nodes>\n    <edges count=\"" << graph.edge_count() << "\">\n";
  const std::vector<EdgeRef> edges = graph.Edges();
  for (size_t i = 0; i < edges.size() && out; ++i) WriteEdge(out, i, edges[i]);
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out ? Status::Ok() : Status::IoError("GEXF write failed");
}

}  // namespace kg
