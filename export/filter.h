// Export filters (--types, --relations, --min-weight): a pure function from a graph to the
// smaller graph every export format then writes.
#ifndef KG_EXPORT_FILTER_H_
#define KG_EXPORT_FILTER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// What an export keeps. The default keeps everything.
struct ExportFilter {
  std::vector<EntityType> types;        // nodes of these types only; empty: every type
  std::vector<RelationType> relations;  // edges of these relations only; empty: every relation
  size_t min_weight = 0;                // edges with at least this many evidences only
};

/// Parses entity type names ("company", "model", ...) into `types`. Error: InvalidInput
/// "<flag>: unknown entity type "x" (expected company, model, person, country)".
Status ParseEntityTypes(const std::string& flag, const std::vector<std::string>& names,
                        std::vector<EntityType>* types);
/// Parses relation names ("developed-by", ...) into `relations`; errors as above.
Status ParseRelationTypes(const std::string& flag, const std::vector<std::string>& names,
                          std::vector<RelationType>* relations);

/// True when `filter` keeps everything.
bool KeepsAll(const ExportFilter& filter);

/// A copy of `graph` with the nodes `filter` keeps and the edges it keeps between them.
/// Nodes keep their relative order and are renumbered densely; a node whose edges were all
/// dropped stays (select nodes with `types`).
KnowledgeGraph FilterGraph(const KnowledgeGraph& graph, const ExportFilter& filter);

}  // namespace kg

#endif  // KG_EXPORT_FILTER_H_
