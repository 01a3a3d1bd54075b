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

/// The graph. Node ids are dense indexes [0, node_count()). Not thread-safe for writes.
class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

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
  /// OutEdges then InEdges of `id` into `*edges` (cleared first; its capacity is reused),
  /// for walks that visit many nodes; returns how many of them are outgoing.
  size_t EdgesAt(NodeId id, std::vector<EdgeRef>* edges) const;
  /// Nodes whose name or alias folds to `key` (see graph/name_key.h).
  std::vector<NodeId> FindByKey(const std::string& key) const;
  /// The rank of the node's name among all names (equal names share a rank), so sorting by
  /// rank sorts by name without comparing strings. Computed on first use after the last
  /// AddEntity; safe to call from several threads at once.
  size_t NameRank(NodeId id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg

#endif  // KG_GRAPH_KNOWLEDGE_GRAPH_H_
