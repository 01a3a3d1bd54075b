#include "export/dot.h"

#include "export/appearance.h"
#include "export/text_escape.h"

namespace kg {
namespace {

void Quoted(std::ostream& out, std::string_view text) {
  out << '"';
  WriteDotEscaped(out, text);
  out << '"';
}

void WriteNode(std::ostream& out, NodeId id, const Entity& e) {
  const std::string color = HexColor(ColorOf(e.type));
  out << "  \"n" << id << "\" [label=";
  Quoted(out, e.name);
  out << ", type=\"" << ToString(e.type) << "\", mentions=" << e.mentions << ", color=\"" << color
      << "\", fillcolor=\"" << color << "40\"];\n";
}

void WriteEdge(std::ostream& out, const EdgeRef& e) {
  const Relation& r = *e.relation;
  out << "  \"n" << e.source << "\" -> \"n" << e.target << "\" [label=\"" << ToString(r.type) << "\", relation=\""
      << ToString(r.type) << "\", weight=" << r.evidence.size() << ", tooltip=";
  Quoted(out, r.evidence.empty() ? std::string_view() : std::string_view(r.evidence.front().sentence));
  out << "];\n";
}

}  // namespace

Status WriteDot(const KnowledgeGraph& graph, std::ostream& out) {
  out << "digraph kgraph {\n"
         "  graph [rankdir=LR, fontname=\"Helvetica\"];\n"
         "  node [shape=box, style=\"rounded,filled\", penwidth=2, fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (NodeId id = 0; id < graph.node_count() && out; ++id) WriteNode(out, id, graph.entity(id));
  for (const EdgeRef& e : graph.Edges()) {
    if (!out) break;
    WriteEdge(out, e);
  }
  out << "}\n";
  return out ? Status::Ok() : Status::IoError("DOT write failed");
}

}  // namespace kg
