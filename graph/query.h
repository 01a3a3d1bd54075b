// Questions asked of a KnowledgeGraph: finding an entity by name, its neighbourhood (a
// filtered breadth-first walk) and the shortest connections between two entities.
// Pure functions over the graph; the CLI and the web API format their results.
#ifndef KG_GRAPH_QUERY_H_
#define KG_GRAPH_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg {

/// Nodes named `name` as the resolver matches names (NameKey of the name, then without
/// a genitive "s": "NOVA", "Novas" find Nova). Empty when nothing matches.
std::vector<NodeId> FindEntities(const KnowledgeGraph& graph, std::string_view name);

/// The one node `name` means (FindEntities), keeping only nodes whose type is in `types`
/// (empty: any type). A name that finds nothing as written may end in its type, as
/// EntityLabel writes it ("Nova (model)"). Errors, each message naming `name`:
/// - NotFound `no entity "X"; did you mean: A, B, C` (SuggestNames; the clause is left out
///   when nothing is close), or `no model "X"; there is: X (company)` when only `types` failed;
/// - InvalidInput `"X" is ambiguous: X (company), X (model)` when several nodes remain.
/// `*id` is set only on success.
Status LookupEntity(const KnowledgeGraph& graph, std::string_view name, const std::vector<EntityType>& types,
                    NodeId* id);

/// "Name (type)", the way every query names a node.
std::string EntityLabel(const KnowledgeGraph& graph, NodeId id);

/// Which way an edge may be followed, seen from the node the walk stands on.
enum class Direction { kOut, kIn, kBoth };
/// Parses "out", "in", "both"; false for anything else.
bool ParseDirection(std::string_view text, Direction* direction);

/// One edge crossed from `from` to `to`. `forward`: the edge reads from -> to (from is its
/// source). A competes-with edge (symmetric, stored once per pair) may be crossed either way.
struct Step {
  NodeId from = 0;
  NodeId to = 0;
  const Relation* edge = nullptr;  // owned by the graph
  bool forward = true;
};

/// Every edge at `id`, as steps away from it, sorted by the other node's name, relation,
/// then direction (outgoing first).
std::vector<Step> StepsFrom(const KnowledgeGraph& graph, NodeId id);

/// One neighbour of the queried node: the node a walk reached and the edge that reached it.
struct Neighbour {
  NodeId node = 0;
  RelationType relation = RelationType::kDevelopedBy;
  bool outgoing = true;            // `via` is the edge's source (the edge reads via -> node)
  const Relation* edge = nullptr;  // owned by the graph
  NodeId via = 0;                  // the node one hop closer (the queried node at depth 1)
  int depth = 1;                   // hops from the queried node, >= 1
};

/// What a neighbourhood walk follows and reports; the defaults give every direct neighbour.
struct NeighbourQuery {
  int depth = 1;                           // hops to walk, >= 1
  std::vector<RelationType> relations;     // edges the walk may cross; empty: all
  std::vector<EntityType> types;           // types reported (the walk passes any); empty: all
  Direction direction = Direction::kBoth;  // competes-with is followed in either case
};

/// A breadth-first walk from `id`: each node within `query.depth` hops (other than `id`),
/// once per edge that reaches it from a node one hop closer. At depth 1 this is every edge
/// of `id`. Sorted by depth, relation, direction (out first; competes-with as one), node
/// name, then via name.
std::vector<Neighbour> Neighbours(const KnowledgeGraph& graph, NodeId id, const NeighbourQuery& query = {});

/// A connection between two nodes: its steps in order, from the first node to the last.
using GraphPath = std::vector<Step>;

/// How far and how many ShortestPaths looks.
struct PathQuery {
  int max_depth = 6;      // longest path, in hops
  size_t max_paths = 10;  // paths returned at most
};

/// The shortest paths from `from` to `to`, edges read either way, each at most
/// `query.max_depth` hops; at most `query.max_paths`, ordered by the names along them.
/// Two edges between the same nodes (different relations) make different paths.
/// Empty when no path is short enough; one empty path when from == to.
std::vector<GraphPath> ShortestPaths(const KnowledgeGraph& graph, NodeId from, NodeId to, const PathQuery& query = {});

}  // namespace kg

#endif  // KG_GRAPH_QUERY_H_
