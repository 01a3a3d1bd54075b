// KnowledgeGraph: the typed entity graph (Boost.Graph behind a plain API).
// One node per resolved entity, one edge per (source, relation, target) with its evidence.
#ifndef KG_GRAPH_KNOWLEDGE_GRAPH_H_
#define KG_GRAPH_KNOWLEDGE_GRAPH_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/types.h"

namespace kg {

/// A node: one real-world entity with every surface form that named it.
struct Entity {
  std::string name;  // canonical name
  EntityType type = EntityType::kCompany;
  std::vector<std::string> aliases;    // other surface forms, sorted
  std::vector<std::string> keys;       // folded keys of name and aliases (lookup)
  size_t mentions = 0;                 // occurrences over all documents
  std::vector<std::string> documents;  // sorted, unique
};

/// An edge: one relation between two nodes, with every place that states it.
struct Relation {
  RelationType type = RelationType::kDevelopedBy;
  std::vector<Evidence> evidence;  // sorted by document and offset
  /// Sorted unique documents of the evidence.
  std::vector<std::string> Documents() const;
};

using NodeId = size_t;

/// An edge as seen from outside: endpoints and the relation data (owned by the graph).
struct EdgeRef {
  NodeId source = 0;
  NodeId target = 0;
  const Relation* relation = nullptr;
};

/// An edge seen from one of its ends, packed for walks that cross many edges.
struct Incidence {
  NodeId other = 0;  // the node at the far end
  const Relation* relation = nullptr;
  RelationType type = RelationType::kDevelopedBy;  // relation->type, read without a jump
  bool outgoing = true;                            // the near end is the edge's source
};

/// The incidences of one node: a contiguous range owned by the graph.
struct IncidenceRange {
  const Incidence* first = nullptr;
  const Incidence* last = nullptr;
  const Incidence* begin() const { return first; }
  const Incidence* end() const { return last; }
};

/// The graph. Node ids are dense indexes [0, node_count()). Not thread-safe for writes.
class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  /// Makes room for `count` nodes in all, so that adding up to that many does not regrow
  /// the node storage (growth doubles it, and copies every node).
  void ReserveNodes(size_t count);
  /// Adds a node; its keys become findable through FindByKey.
  NodeId AddEntity(Entity entity);
  /// Adds an edge. competes-with edges must be added once per pair.
  void AddRelation(NodeId source, NodeId target, Relation relation);

  size_t node_count() const;
  size_t edge_count() const;
  const Entity& entity(NodeId id) const;
  /// Every edge, in insertion order.
  std::vector<EdgeRef> Edges() const;
  std::vector<EdgeRef> OutEdges(NodeId id) const;
  std::vector<EdgeRef> InEdges(NodeId id) const;
  /// OutEdges(id).size() + InEdges(id).size(), without making either.
  size_t Degree(NodeId id) const;
  /// OutEdges then InEdges of `id`, from an index kept in one array for every node, so that
  /// a walk reads memory in order. Built on first use after the last change, like NameRank.
  IncidenceRange Incident(NodeId id) const;
  /// entity(id).type, from the same index (a walk checks many types).
  EntityType TypeOf(NodeId id) const;
  /// Nodes whose name or alias folds to `key` (see graph/name_key.h).
  std::vector<NodeId> FindByKey(const std::string& key) const;
  /// The rank of the node's name among all names (equal names share a rank), so sorting by
  /// rank sorts by name without comparing strings. Computed on first use after the last
  /// AddEntity or AddRelation; safe to call from several threads at once.
  size_t NameRank(NodeId id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

#endif  // KG_GRAPH_KNOWLEDGE_GRAPH_H_
