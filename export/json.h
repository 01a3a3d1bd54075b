// JSON forms of the graph (RapidJSON, streamed): the Cytoscape.js elements format
// with every attribute and the full evidence lists.
#ifndef KG_EXPORT_JSON_H_
#define KG_EXPORT_JSON_H_

#include <ostream>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// {"elements": {"nodes": [{"data": {...}, "position": {"x", "y"}}], "edges": [{"data": {...}}]}}
/// Node data: id, label, type, aliases, mentions, documents, color, size; edge data:
/// id, source, target, relation, label, weight, documents, evidence (all).
Status WriteCytoscapeJson(const KnowledgeGraph& graph, std::ostream& out);

}  // namespace kg

#endif  // KG_EXPORT_JSON_H_
