// DOT for Graphviz (`dot -Tsvg kg.dot`): quoted ids and labels, a colour per entity type
// and the relation on every edge.
#ifndef KG_EXPORT_DOT_H_
#define KG_EXPORT_DOT_H_

#include <ostream>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Writes `graph` as a (non-strict, so parallel edges stay) DOT digraph, streamed. Nodes:
/// "n<NodeId>" with label = name, type, mentions, and the type's colour as outline and
/// tinted fill; edges: label and relation = relation name, weight = evidence count,
/// tooltip = the first evidence sentence. Strings are escaped by WriteDotEscaped.
/// Error: IoError when the stream fails.
Status WriteDot(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_EXPORT_DOT_H_
