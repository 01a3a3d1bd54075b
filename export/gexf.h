// GEXF 1.3 for Gephi (and networkx): the graph with colours, layout and sizes in the viz
// namespace, and the relation as edge `kind`, so parallel edges of different relations stay apart.
#ifndef KG_EXPORT_GEXF_H_
#define KG_EXPORT_GEXF_H_

#include <ostream>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Writes `graph` as GEXF 1.3 (namespaces http://gexf.net/1.3 and .../1.3/viz), streamed.
/// Nodes: id "n<NodeId>", label, <viz:color r g b>, <viz:position x y z=0>, <viz:size>,
/// and the attributes of NodeAttributes(); edges: id "e<index>", label and kind = relation,
/// weight = evidence count, and the attributes of EdgeAttributes().
/// Error: IoError when the stream fails.
Status WriteGexf(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_EXPORT_GEXF_H_
