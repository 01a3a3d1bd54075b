// Summary numbers of a KnowledgeGraph for `kgraph stats` and the web API: counts per
// entity type and relation, documents, and the best-connected entities.
#ifndef KG_GRAPH_STATS_H_
#define KG_GRAPH_STATS_H_

#include <array>
#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// A node and how many edges touch it (in and out).
struct EntityDegree {
  NodeId node = 0;
  size_t degree = 0;
};

/// The counts of one graph.
struct GraphStats {
  size_t entities = 0;
  size_t relations = 0;
  size_t evidences = 0;                                        // over all edges
  size_t documents = 0;                                        // distinct documents named by entities or evidence
  std::array<size_t, kEntityTypeCount> per_entity_type{};      // indexed by EntityType
  std::array<size_t, kRelationTypeCount> per_relation_type{};  // indexed by RelationType
  std::vector<EntityDegree> top_entities;                      // by degree, then mentions (most first), then name
};

/// Counts `graph`, keeping the `top` entities of highest degree.
GraphStats ComputeStats(const KnowledgeGraph& graph, size_t top = 10);

}  // namespace kg

#endif  // KG_GRAPH_STATS_H_
