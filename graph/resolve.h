// Entity resolution: turns the mentions and relations of many documents into one
// KnowledgeGraph with a node per real entity. The result does not depend on document order.
#ifndef KG_GRAPH_RESOLVE_H_
#define KG_GRAPH_RESOLVE_H_

#include <memory>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/types.h"

namespace kg {

/// Merges mentions into entities and relation mentions into edges:
/// - mentions with the same key are one entity; a key that is another's plus a
///   trailing "s" (German genitive, "Orrerys") joins it; a one-word person name that
///   ends the key of exactly one longer person name ("Altman") joins that person;
/// - an entity's type is the one with the strongest summed evidence, its name the
///   most frequent surface form (a full name for people; countries keep their known name);
/// - relations between the same entities become one edge holding every evidence;
///   competes-with is stored once per pair; self-loops are dropped.
/// Nodes are ordered by name, edges by (source, relation, target).
KnowledgeGraph ResolveGraph(const std::vector<DocumentExtraction>& documents);

/// ResolveGraph one document at a time, so a corpus need not be held in memory: each
/// document's mentions are folded into per-key totals as it arrives and only relation
/// evidence is kept, each distinct sentence, document name and rule once. Finish() returns what ResolveGraph returns for the same documents, in
/// any order, and leaves the resolver empty. Not thread-safe.
class GraphResolver {
 public:
  GraphResolver();
  ~GraphResolver();
  GraphResolver(const GraphResolver&) = delete;
  GraphResolver& operator=(const GraphResolver&) = delete;

  /// Folds in one document; its relations must index its mentions.
  void Add(const DocumentExtraction& document);
  /// The resolved graph of every document added so far. Up to `threads` threads make the
  /// entities and the evidence; the graph is the same for any number.
  KnowledgeGraph Finish(size_t threads = 1);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace kg

#endif  // KG_GRAPH_RESOLVE_H_
