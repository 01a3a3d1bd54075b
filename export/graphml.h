// GraphML for Gephi, networkx, igraph and Boost: a streaming writer with layout,
// colours and evidence, and a reader that loads a saved graph back exactly.
#ifndef KG_EXPORT_GRAPHML_H_
#define KG_EXPORT_GRAPHML_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"
#include "graph/layout.h"

namespace kg {

/// Writes `graph` as GraphML 1.0 (valid against the XSD). Node keys: label, type,
/// aliases, keys, mentions, documents, r, g, b, size, x, y; edge keys: relation, label,
/// weight, evidence (first sentence), documents, evidence_json (all evidence, for load-back).
/// Lists are JoinList strings ('|'-joined, '\' escapes). Error: IoError when the stream fails.
Status WriteGraphml(const KnowledgeGraph& graph, std::ostream& out);
/// The same with positions computed before (ComputeLayout), indexed by NodeId.
Status WriteGraphml(const KnowledgeGraph& graph, const std::vector<Point>& layout, std::ostream& out);

/// Reads a GraphML file written by WriteGraphml (or by a tool that kept its keys attr.name),
/// streaming it through expat (export/graphml_read.cpp). `name` is used in messages.
/// Error: InvalidInput naming the file, the line and what is wrong.
Status ReadGraphml(const std::string& name, std::istream& in, KnowledgeGraph* graph);

}  // namespace kg

#endif  // KG_EXPORT_GRAPHML_H_
