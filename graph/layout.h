// Force-directed layout of a KnowledgeGraph (Fruchterman-Reingold with Barnes-Hut
// repulsion), shared by the exports and the web page so both show the same picture.
#ifndef KG_GRAPH_LAYOUT_H_
#define KG_GRAPH_LAYOUT_H_

#include <vector>

#include "graph/knowledge_graph.h"

namespace kg {

/// A node position; coordinates lie in [0, 1000].
struct Point {
  double x = 0, y = 0;
};

/// Positions for every node, indexed by NodeId: Fruchterman-Reingold (100 iterations up to
/// 10,000 nodes, fewer above, at least 40) with repulsion through a Barnes-Hut quadtree
/// (O(n log n) per iteration) and a weak pull to the centre. Deterministic for a given graph.
std::vector<Point> ComputeLayout(const KnowledgeGraph& graph);

}  // namespace kg

#endif  // KG_GRAPH_LAYOUT_H_
