// Questions asked of a KnowledgeGraph: finding an entity by name key, and its neighbours.
// Pure functions over the graph; the CLI and the web API format their results.
#ifndef KG_GRAPH_QUERY_H_
#define KG_GRAPH_QUERY_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// Nodes named `name` as the resolver matches names (NameKey of the name, then without
/// a genitive "s": "deepseek", "DeepSeeks" find DeepSeek). Empty when nothing matches.
std::vector<NodeId> FindEntities(const KnowledgeGraph& graph, std::string_view name);

/// One neighbour of a node, seen through one edge.
struct Neighbour {
  NodeId node = 0;
  RelationType relation = RelationType::kDevelopedBy;
  bool outgoing = true;  // the queried node is the edge's source
  const Relation* edge = nullptr;
};

/// The direct neighbours of `id`, sorted by relation, direction, then neighbour name.
std::vector<Neighbour> Neighbours(const KnowledgeGraph& graph, NodeId id);

}  // namespace kg

#endif  // KG_GRAPH_QUERY_H_
